package cite

import (
	"sync"
	"sync/atomic"
)

// A parseBuf is a parser with room for its tokens. A parse neither
// allocates nor holds a parser of a kilobyte and more on its goroutine's
// stack (in a fresh process, growing the stack costs the first parse more
// than the parse): it takes one from getBuf and gives it back with putBuf.
type parseBuf struct {
	p    parser
	toks [maxTokens]token
	// orig holds the tokens while the core of a citation is read (see
	// parser.cores), which marks and compacts toks.
	orig [maxTokens]token
}

// firstBuf is the buffer that a parse takes when no other parse holds it,
// so that the first parse of a process allocates nothing, touches no pool
// and writes no heap memory the process has not used before; firstBusy
// says that a parse holds it. Parses that run at once take the others
// from bufPool.
var (
	firstBuf  parseBuf
	firstBusy atomic.Bool
	bufPool   = sync.Pool{New: func() any { return new(parseBuf) }}
)

// getBuf returns a buffer that no other parse holds: firstBuf if it is
// free, or else one from bufPool.
func getBuf() *parseBuf {
	if !firstBusy.Load() && firstBusy.CompareAndSwap(false, true) {
		return &firstBuf
	}
	return bufPool.Get().(*parseBuf)
}

// putBuf gives back a buffer that getBuf returned.
func putBuf(b *parseBuf) {
	if b == &firstBuf {
		firstBusy.Store(false)
		return
	}
	bufPool.Put(b)
}

// newParser returns an empty parser with room for maxTokens tokens; free
// gives it back.
func newParser() *parser {
	b := getBuf()
	b.p.parserState = parserState{toks: b.toks[:], buf: b}
	return &b.p
}

func (p *parser) free() {
	if b := p.buf; b != nil {
		p.buf, p.toks = nil, nil
		putBuf(b)
	}
}

package cite

import "strconv"

// sprintf formats the engine's messages: the verbs %s and %q of strings and
// %d of integers, as fmt.Sprintf does, without package fmt, so that a
// program that parses citations does not link fmt's formatting for them.
// A verb it cannot apply is written as fmt writes it, "%!s(BADTYPE)" or
// "%!d(MISSING)"; TestSprintf and TestMessagesFormatted keep them out of
// every message.
func sprintf(format string, args ...any) string {
	b := make([]byte, 0, len(format)+64)
	k := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i+1 == len(format) {
			b = append(b, "%!(NOVERB)"...)
			continue
		}
		i++
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if k == len(args) {
			b = append(append(append(b, "%!"...), verb), "(MISSING)"...)
			continue
		}
		a := args[k]
		k++
		switch verb {
		case 's':
			if s, ok := a.(string); ok {
				b = append(b, s...)
				continue
			}
		case 'q':
			if s, ok := a.(string); ok {
				b = strconv.AppendQuote(b, s)
				continue
			}
		case 'd':
			if n, ok := integer(a); ok {
				b = strconv.AppendInt(b, n, 10)
				continue
			}
		}
		b = append(append(append(b, "%!"...), verb), "(BADTYPE)"...)
	}
	return string(b)
}

// integer returns the value of an integer of any size.
func integer(a any) (int64, bool) {
	switch n := a.(type) {
	case int:
		return int64(n), true
	case int8:
		return int64(n), true
	case int16:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case uint8:
		return int64(n), true
	case uint16:
		return int64(n), true
	case uint32:
		return int64(n), true
	}
	return 0, false
}

package normvet

import "testing"

func TestShapeOf(t *testing.T) {
	for _, tt := range []struct {
		labels []string
		want   shape
	}{
		{[]string{"1", "2", "3"}, numbered},
		{[]string{"13(a)", "13(b)"}, lettered},
		{[]string{"(a)"}, lettered},
		{[]string{"26"}, otherLabels},
		{[]string{"1", "3"}, otherLabels},
		{[]string{"13(a)", "13(c)"}, otherLabels},
		{[]string{"2", "3"}, otherLabels},
		{nil, otherLabels},
	} {
		if got := shapeOf(tt.labels); got != tt.want {
			t.Errorf("shapeOf(%q) = %d, want %d", tt.labels, got, tt.want)
		}
	}
	// The corpus as normvet links it.
	for name, want := range map[string]shape{"UNGGE2015": lettered, "Lucca2017": numbered, "Dinard2019": numbered, "Paris2019": numbered, "G20Antalya2015": otherLabels} {
		if l := listByName[name]; l == nil || l.shape != want {
			t.Errorf("list %s: %v, want shape %d", name, l, want)
		}
	}
}

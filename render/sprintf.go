package render

import "fmt"

// sprintf formats a fixed phrase (render/internal/words) with the plan's own text.
func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

package files

import "time"

var zeroTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

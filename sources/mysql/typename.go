package mysql

// Column types and flags of the protocol, for typeName.
const (
	typeDecimal    = 0
	typeNull       = 6
	typeDate       = 10
	typeTime       = 11
	typeDateTime   = 12
	typeVarChar    = 15
	typeBit        = 16
	typeVector     = 242
	typeJSON       = 245
	typeNewDecimal = 246
	typeEnum       = 247
	typeSet        = 248
	typeTinyBLOB   = 249
	typeMediumBLOB = 250
	typeLongBLOB   = 251
	typeBLOB       = 252
	typeVarString  = 253
	typeString     = 254
	typeGeometry   = 255
	typeNewDate    = 14

	flagEnumCol   = 256
	flagSetCol    = 2048
	binaryCharset = 63
)

// typeName names a column's type as go-sql-driver/mysql's
// DatabaseTypeName does, so that a page read off the wire is checked
// against the probe (read through the driver) in the same words.
func typeName(typ byte, flags, charset uint16) string {
	unsigned := func(s string) string {
		if flags&flagUnsign != 0 {
			return "UNSIGNED " + s
		}
		return s
	}
	text := func(t, b string) string {
		if byte(charset) == binaryCharset { // the driver reads the low byte only
			return b
		}
		return t
	}
	switch typ {
	case typeBit:
		return "BIT"
	case typeBLOB:
		return text("TEXT", "BLOB")
	case typeDate, typeNewDate:
		return "DATE"
	case typeDateTime:
		return "DATETIME"
	case typeDecimal, typeNewDecimal:
		return "DECIMAL"
	case typeDouble:
		return "DOUBLE"
	case typeEnum:
		return "ENUM"
	case typeFloat:
		return "FLOAT"
	case typeGeometry:
		return "GEOMETRY"
	case typeInt24:
		return unsigned("MEDIUMINT")
	case typeJSON:
		return "JSON"
	case typeLong:
		return unsigned("INT")
	case typeLongBLOB:
		return text("LONGTEXT", "LONGBLOB")
	case typeLongLng:
		return unsigned("BIGINT")
	case typeMediumBLOB:
		return text("MEDIUMTEXT", "MEDIUMBLOB")
	case typeNull:
		return "NULL"
	case typeSet:
		return "SET"
	case typeShort:
		return unsigned("SMALLINT")
	case typeString:
		switch {
		case flags&flagEnumCol != 0:
			return "ENUM"
		case flags&flagSetCol != 0:
			return "SET"
		}
		return text("CHAR", "BINARY")
	case typeTime:
		return "TIME"
	case typeStamp:
		return "TIMESTAMP"
	case typeTiny:
		return unsigned("TINYINT")
	case typeTinyBLOB:
		return text("TINYTEXT", "TINYBLOB")
	case typeVarChar, typeVarString:
		return text("VARCHAR", "VARBINARY")
	case typeYear:
		return "YEAR"
	case typeVector:
		return "VECTOR"
	}
	return ""
}

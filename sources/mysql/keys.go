package mysql

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/go-sql-driver/mysql"

	"etl/sources"
)

// keyType sorts a key column by the type the driver reports. FLOAT and
// DOUBLE read back rounded (0.1 is not the FLOAT 0.1, so the page after
// it starts at it again); BIT reads back as raw bytes; ENUM and SET order
// by their index but compare a string by its text; YEAR reads 2-digit and
// zero years back otherwise than it takes them; GEOMETRY and JSON have no
// order worth the name.
func keyType(_ context.Context, _ *sql.Conn, ct *sql.ColumnType, _, _ string) (sources.KeyType, error) {
	name := ct.DatabaseTypeName()
	kt := sources.KeyType{Name: name}
	switch name {
	case "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "DECIMAL",
		"UNSIGNED TINYINT", "UNSIGNED SMALLINT", "UNSIGNED MEDIUMINT", "UNSIGNED INT", "UNSIGNED BIGINT":
		kt.Kind = sources.KeyNumber
	case "CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT":
		// Every MariaDB collation pads with spaces ('a' = 'a '), _bin
		// ones included.
		kt.Kind, kt.Ties = sources.KeyText, true
	case "BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB":
		kt.Kind = sources.KeyBytes
	case "TIMESTAMP":
		kt.Kind = sources.KeyStamp
	case "FLOAT", "DOUBLE":
		kt.Refuse = "its values read back rounded, so a page cannot start exactly after one"
	case "BIT":
		kt.Refuse = "its values read back as raw bytes, not as the number it compares by"
	case "ENUM", "SET":
		kt.Refuse = "it sorts by the position of its members but compares with a value by its text"
	case "YEAR":
		kt.Refuse = "two-digit and zero years read back otherwise than it takes them"
	case "GEOMETRY", "JSON":
		kt.Refuse = "it has no order to page by"
	}
	return kt, nil
}

// exact compares and orders a string by its UTF-8 bytes: code point
// order, no PAD SPACE, no case or accent folding. The index on a _ci
// column cannot serve it, which is why it is only used for keys the
// collation holds some of equal.
func exact(expr string) string {
	return "CAST(CONVERT(" + expr + " USING utf8mb4) AS BINARY)"
}

var number = regexp.MustCompile(`^-?[0-9]{1,65}(\.[0-9]{1,38})?$`)

// keyArg writes every key as a literal no charset can misread: numbers as
// numbers (a hex literal is a number beside one), everything else in hex
// with an introducer. The reading connection is utf8mb4 (see checkCharset),
// so the key's text is UTF-8: _utf8mb4 makes it a string the column's
// collation compares (coercible, like a quoted literal); _binary makes it
// bytes, for binary strings and for keys compared by their bytes.
func keyArg(k sources.KeyKind, exact bool, v string, _ func(string) string) string {
	switch {
	case k == sources.KeyNumber && number.MatchString(v):
		return v
	case k == sources.KeyStamp:
		v = strings.TrimSuffix(v, "Z") // the connection reads in UTC; the Z is ours
	case k == sources.KeyBytes || exact:
		return "_binary X'" + hex.EncodeToString([]byte(v)) + "'"
	}
	return "_utf8mb4 X'" + hex.EncodeToString([]byte(v)) + "'"
}

// checkCharset refuses a connection charset other than utf8mb4. In latin1
// a key such as ğ reads back as ?, and the page after ? starts over: a
// run that never ends. In utf8 (utf8mb3) an emoji does the same. In gbk,
// sjis, big5 and the like a character may end in the byte of a backslash,
// which breaks a quoted literal. etl reads in utf8mb4, the driver's
// default.
func checkCharset(cfg *mysql.Config) error {
	if c := cfg.Collation; c != "" && !strings.HasPrefix(strings.ToLower(c), "utf8mb4_") {
		return fmt.Errorf("source.dsn: collation=%s: etl reads in utf8mb4 so that every key and value arrives intact; "+
			"remove collation= from the DSN, or give a utf8mb4_ one", c)
	}
	dsn := cfg.FormatDSN()
	i := strings.IndexByte(dsn, '?')
	if i < 0 {
		return nil
	}
	params, err := url.ParseQuery(dsn[i+1:])
	if err != nil {
		return nil // the driver parsed it: nothing of ours to add
	}
	for _, cs := range strings.Split(params.Get("charset"), ",") {
		if cs != "" && !strings.EqualFold(cs, "utf8mb4") {
			return fmt.Errorf("source.dsn: charset=%s: etl reads in utf8mb4 so that every key and value arrives intact "+
				"(in %s some keys read back otherwise than they are stored, and a run could page forever); "+
				"remove charset= from the DSN; for a column that holds UTF-8 bytes in another charset, convert it in source.query "+
				"(CONVERT(CAST(col AS BINARY) USING utf8mb4))", params.Get("charset"), cs)
		}
	}
	return nil
}

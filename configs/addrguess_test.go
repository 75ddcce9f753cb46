package configs

import (
	"reflect"
	"strings"
	"testing"
)

// col is a column with its sampled values, row by row.
func col(name string, values ...string) ColumnInfo {
	return ColumnInfo{Name: name, Type: "varchar", Values: values}
}

func TestGuessAddress(t *testing.T) {
	for _, c := range []struct {
		name string
		cols []ColumnInfo
		refs []string
		skip []string
		want map[string]string // input key → column ("" = not mapped); "line" lists its columns joined by +
		todo []string
		note string // a note that must be there
	}{
		{"turkish", []ColumnInfo{col("adres_id"), col("uye_id"), col("adres_basligi"), col("ad_soyad"), col("telefon", "0532 111 22 33"),
			col("acik_adres"), col("il", "İstanbul", "Ankara"), col("ilce", "Kadıköy", "Çankaya"), col("mahalle", "Caferağa"),
			col("vergi_dairesi"), col("vergi_no"), col("firma"), {Name: "guncelleme", Type: "timestamp"}},
			nil, []string{"adres_id"},
			map[string]string{"customer_code": "uye_id", "title": "adres_basligi", "full_name": "ad_soyad", "phone_number": "telefon",
				"line": "acik_adres", "city": "il", "township": "ilce", "district": "mahalle", "tax_office": "vergi_dairesi",
				"tax_no": "vergi_no", "company_name": "firma", "first_name": "", "country": ""}, nil, ""},
		// English names, two street lines, the customer by the users' key,
		// and a district that the places show to be the ilçe.
		{"english", []ColumnInfo{col("address_id"), col("MemberNo"), col("first_name", "Ayşe"), col("last_name", "Yılmaz"),
			col("address_1"), col("address_2"), col("city", "İzmir", "izmir"), col("district", "Karşıyaka", "Bornova"),
			col("neighbourhood"), col("country", "TR", "Turkey"), col("vat_number"), col("company")},
			[]string{"member_no"}, []string{"address_id"},
			map[string]string{"customer_code": "MemberNo", "first_name": "first_name", "last_name": "last_name",
				"line": "address_1+address_2", "city": "city", "township": "district", "district": "neighbourhood",
				"country": "country", "tax_no": "vat_number", "company_name": "company"}, nil, ""},
		// Magento-like: the city holds districts, the region provinces.
		{"region is the province", []ColumnInfo{col("entity_id"), col("customer_id"), col("street"),
			col("city", "Kadıköy", "Çankaya", "Konak"), col("region", "İstanbul", "Ankara", "İzmir"), col("country_id", "TR", "TR", "TR")},
			nil, []string{"entity_id"},
			map[string]string{"customer_code": "customer_id", "line": "street", "city": "region", "township": "city", "country": "country_id"},
			[]string{"full_name"}, ""},
		// A district that is a mahalle: its values are no districts of the
		// row's city, so it is the district key and the township is TODO.
		{"district is the mahalle", []ColumnInfo{col("id"), col("customer_id"), col("address"), col("city", "İstanbul", "Ankara"),
			col("district", "Caferağa Mah.", "Kızılay"), col("name_surname")},
			nil, []string{"id"},
			map[string]string{"city": "city", "township": "", "district": "district", "line": "address"},
			[]string{"full_name", "township"}, "district is named like a township, but only 0%"},
		// Places found by content alone, under names that say nothing.
		{"by content", []ColumnInfo{col("kayit"), col("musteri"), col("adres"), col("alan1", "Bursa", "16", "Ankara", "İzmir"),
			col("alan2", "Nilüfer", "Osmangazi", "Keçiören", "Bornova"), col("alan3", "", "", "Konak", "")},
			[]string{"musteri"}, []string{"kayit"},
			map[string]string{"customer_code": "musteri", "line": "adres", "city": "alan1", "township": "alan2"}, []string{"full_name"}, ""},
		// Named like places, holding something else; ids of other tables;
		// addresses that are no streets.
		{"contradicted", []ColumnInfo{col("id"), col("user_id"), col("il_id", "34", "6"), col("sehir", "Marmara", "Ege"),
			col("ip_address"), col("email_address"), col("country_id", "1", "2"), col("tel", "yok", "-"), col("ad", "1", "2"), col("soyad", "x")},
			nil, []string{"id"},
			map[string]string{"customer_code": "user_id", "city": "", "line": "", "country": "", "phone_number": "", "first_name": "", "last_name": "soyad"},
			[]string{"first_name", "line", "city", "township"}, "il_id looks like a reference to a table of cities"},
		// One address per customer: the table's key is the reference.
		{"keyed by the customer", []ColumnInfo{col("uye_no"), col("adres"), col("il", "Bursa"), col("ilce", "Nilüfer"), col("adi"), col("soyadi")},
			[]string{"uye_no"}, []string{"uye_no"},
			map[string]string{"customer_code": "uye_no", "first_name": "adi", "last_name": "soyadi"}, nil, ""},
		// Without a sample, names alone decide, and only the sure ones.
		{"empty table", []ColumnInfo{col("adres_id"), col("musteri_id"), col("adres"), col("il"), col("ilce"), col("state"), col("district")},
			nil, []string{"adres_id"},
			map[string]string{"customer_code": "musteri_id", "line": "adres", "city": "il", "township": "ilce", "district": "district"},
			[]string{"full_name"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := GuessAddress(c.cols, c.refs, c.skip...)
			for k, want := range c.want {
				got := g.Columns[k]
				if k == "line" {
					got = strings.Join(g.Line, "+")
				}
				if got != want {
					t.Errorf("%s ← %q, want %q (%s; notes %v)", k, got, want, g.How[k], g.Notes)
				}
			}
			if !reflect.DeepEqual(g.TODO, c.todo) {
				t.Errorf("TODO %v, want %v (notes %v)", g.TODO, c.todo, g.Notes)
			}
			if c.note != "" && !strings.Contains(strings.Join(g.Notes, "\n"), c.note) {
				t.Errorf("notes lack %q: %v", c.note, g.Notes)
			}
		})
	}
}

func TestGuessAddressCursorAndDeleted(t *testing.T) {
	g := GuessAddress([]ColumnInfo{col("id"), col("uye_id"), col("adres"), col("il", "Bursa"), col("ilce", "Nilüfer"),
		{Name: "son_guncelleme", Type: "datetime"}, {Name: "silindi", Type: "tinyint", Values: []string{"0"}}}, nil, "id")
	if g.Cursor != "son_guncelleme" || g.Deleted != "silindi" {
		t.Errorf("cursor %q deleted %q", g.Cursor, g.Deleted)
	}
}

func TestAddressTableScore(t *testing.T) {
	refs := []string{"musteri_no"}
	for _, c := range []struct {
		table string
		cols  []string
		ok    bool
	}{
		{"adresler", []string{"adres_id", "musteri_no", "adres", "il", "ilce"}, true},
		{"uye_adresleri", []string{"id", "uye_id", "adres1", "adres2", "sehir"}, true},
		{"customer_address_entity", []string{"entity_id", "parent_id", "street", "city", "region"}, true},
		{"teslimat_bilgileri", []string{"id", "musteri_no", "acik_adres", "il", "ilce"}, true},                     // no name, but all four
		{"siparisler", []string{"siparis_no", "musteri_no", "teslimat_adresi", "il", "ilce"}, false},               // an order's address
		{"siparis_adresleri", []string{"id", "siparis_no", "musteri_no", "adres", "il", "ilce"}, false},            // likewise
		{"iller", []string{"il_id", "il_adi"}, false},                                                              // places, no addresses
		{"ip_addresses", []string{"id", "ip_address", "user_id", "created_at"}, false},                             // no street, no city
		{"admin_addresses", []string{"id", "admin_id", "address", "city", "district", "customer_id"}, false},       // staff
		{"musteriler", []string{"musteri_no", "adi", "email", "adres"}, false},                                     // a users table
		{"address_book", []string{"address_book_id", "customer_id", "line1", "line2", "province", "county"}, true}, // English
	} {
		if got := AddressTableScore(c.table, c.cols, refs) >= AddressTableMin; got != c.ok {
			t.Errorf("%s: %d, taken %v, want %v", c.table, AddressTableScore(c.table, c.cols, refs), got, c.ok)
		}
	}
}

func TestTodoSelects(t *testing.T) {
	q := "SELECT id, TODO AS full_name, il AS city,\n  TODO  as township, todo AS x, `TODO` AS y, TODO AS \"line\" FROM t"
	if got := todoSelects(q); !reflect.DeepEqual(got, []string{"full_name", "township", "line"}) {
		t.Errorf("%v", got)
	}
}

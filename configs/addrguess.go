package configs

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"etl/internal/places"
)

// This file guesses how etl init reads an addresses table (SPEC §9): which
// table holds the customers' addresses, and which column feeds each input
// key of the address kind. Names decide most keys; the places decide by
// content, because the same names mean different things from shop to shop
// ("city" is the province in one schema and the district in the next, and
// "district" is an ilçe or a mahalle): the column whose values are
// Türkiye's provinces is the city, and the one whose values are districts
// of each row's city is the township.

// addrSynonyms are column names per address input key, matched as
// synonyms are (a trailing "=" counts only as the whole name).
var addrSynonyms = map[string][]string{
	"customer_code": {"uyeid=", "uyeno=", "uyekodu=", "musteriid=", "musterino=", "musterikodu=", "customerid=", "customerno=",
		"customercode=", "userid=", "memberid=", "kullaniciid=", "idcustomer=", "iduser=", "idmember=", "idmusteri=", "iduye="},
	"title": {"baslik", "basligi", "adresbasligi", "adresbaslik", "adresadi", "adrestanimi", "title", "alias", "label",
		"addressname", "addresstitle", "addresslabel"},
	"full_name": {"adsoyad=", "adsoyadi=", "adisoyadi=", "isimsoyisim=", "isimsoyad=", "alici=", "aliciadi=", "aliciadsoyad=",
		"aliciadisoyadi=", "aliciadsoyadi=", "teslimalan=", "teslimalici=", "fullname=", "recipient=", "recipientname=",
		"contactname=", "receivername="},
	"first_name":   {"ad=", "adi=", "isim=", "firstname=", "fname=", "givenname="},
	"last_name":    {"soyad=", "soyadi=", "soyisim=", "lastname=", "surname=", "lname=", "familyname="},
	"phone_number": {"tel", "telefon", "telefonu", "telephone", "gsm", "cep", "ceptel", "ceptelefonu", "ceptelefon", "phone", "phonenumber", "mobile", "mobilephone", "phonemobile", "telno", "telefonno", "telefonnumarasi", "gsmno", "cepno"},
	"line": {"adres", "adresi", "acikadres", "acikadresi", "adressatiri", "adresdetay", "adresdetayi", "detayliadres", "address",
		"addressline", "line", "street", "streetaddress", "sokak"},
	"country":      {"ulke", "ulkeadi", "ulkekodu", "ulkeid", "country", "countryname", "countrycode", "countryid", "idcountry", "countryiso"},
	"city":         {"il", "iladi", "ilkodu", "sehir", "sehiradi", "city", "cityname", "province", "provincename"},
	"township":     {"ilce", "ilceadi", "township", "county", "town", "townname"},
	"district":     {"mahalle", "mahalleadi", "mah", "neighbourhood", "neighborhood", "quarter"},
	"tax_office":   {"vergidairesi", "vergidaire", "vd", "taxoffice", "taxadministration"},
	"tax_no":       {"vergino", "verginumarasi", "vergikimlikno", "vkn", "tckn", "tckimlikno", "tcno", "tckimlik", "tcknvkn", "vkntckn", "taxno", "taxnumber", "taxid", "vatid", "vatnumber", "vatno"},
	"company_name": {"firma", "firmaadi", "firmaunvani", "firmaunvan", "sirket", "sirketadi", "unvan", "unvani", "company", "companyname"},
}

// Names that may be a key or another, which content settles: a state or
// region is the province in Turkish shops, a district the ilçe or the
// mahalle, a semt a neighbourhood that is sometimes written as the ilçe.
var (
	regionNames   = []string{"state", "statename", "region", "regionname"}
	districtNames = []string{"district", "districtname", "semt"}
	// notLineWords are words of a column named like an address that holds
	// no street: an email, a web or an IP address.
	notLineWords = map[string]bool{"ip": true, "web": true, "url": true, "mac": true, "email": true, "eposta": true, "mail": true}
	addressNames = []string{"adres*", "address*", "addressbook", "adresdefteri"}
)

// AddressInputKeys are the columns a query for the address kind selects,
// in the order etl init writes them (SPEC §9, full_name beside the names).
var AddressInputKeys = []string{"customer_code", "title", "full_name", "first_name", "last_name", "phone_number", "line",
	"country", "city", "township", "district", "tax_office", "tax_no", "company_name"}

// AddressGuess is how etl init reads an addresses table.
type AddressGuess struct {
	Columns map[string]string // input key → column; line is in Line
	Line    []string          // the columns of line, joined with a space in this order
	How     map[string]string // input key → why
	Cursor  string
	Deleted string   // a deleted flag column, if any
	TODO    []string // input keys the config needs and no column surely holds
	Notes   []string
}

// addrScore rates a column for an address key: only whole names (3) and
// last words (2.5) count, since a first word is often a qualifier of a
// different thing (adres_tipi is no address).
func addrScore(name string, syns []string) float64 {
	if s := nameScore(name, syns); s >= 2.5 {
		return s
	}
	return 0
}

// lineBase splits a numbered address column (address_1, adres2,
// street_address_2) into its base name and number.
func lineBase(name string) (base string, n int, ok bool) {
	j := strings.Join(words(name), "")
	b := strings.TrimRight(j, "0123456789")
	if b == j || b == "" {
		return "", 0, false
	}
	fmt.Sscan(j[len(b):], &n)
	for _, s := range addrSynonyms["line"] {
		if b == s {
			return b, n, true
		}
	}
	return "", 0, false
}

func lineLike(name string) bool {
	for _, w := range words(name) {
		if notLineWords[w] {
			return false
		}
	}
	if nameScore(name, synonyms["email"]) >= 2 {
		return false
	}
	_, _, numbered := lineBase(name)
	return numbered || addrScore(name, addrSynonyms["line"]) > 0
}

// AddressTableScore rates how much a table looks like the customers'
// addresses: named like addresses, with a street and a city or district
// column and a reference to the customer (refs are the names such a
// column may have besides the usual ones: the users' key, users-table
// name + id). Order and staff tables lose: their addresses are the
// order's or the employee's.
func AddressTableScore(name string, cols []string, refs []string) int {
	score := 0
	if nameScore(name, addressNames) >= 2 {
		score += 3
	}
	if OrderLike(name) {
		score -= 6
	}
	if nameScore(name, staffNames) >= 2 {
		score -= 8
	}
	var line, city, town, cust bool
	for _, c := range cols {
		line = line || lineLike(c) && !IDLike(c)
		city = city || addrScore(c, addrSynonyms["city"]) > 0 || addrScore(c, regionNames) > 0
		town = town || addrScore(c, addrSynonyms["township"]) > 0 || addrScore(c, districtNames) > 0
		cust = cust || refMatch(c, refs) || addrScore(c, addrSynonyms["customer_code"]) > 0
	}
	for _, b := range []bool{line, city, town, cust} {
		if b {
			score += 2
		}
	}
	return score
}

// AddressTableMin is the score a table needs to be taken for the
// addresses: a name and two kinds of address column, or no name and all
// four.
const AddressTableMin = 7

func refMatch(col string, refs []string) bool {
	j := strings.Join(words(col), "")
	for _, r := range refs {
		if j == strings.Join(words(r), "") {
			return true
		}
	}
	return false
}

// provinceShare is the share of sampled values that name a province of
// Türkiye, -1 when the sample holds none; numeric is the share of the
// values that are plain numbers (plate codes, or ids of some other table),
// filled the share of rows that have a value.
func provinceShare(values []string) (share, numeric, filled float64) {
	n, hit, num := 0, 0, 0
	for _, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		n++
		if _, ok := places.City(v); ok {
			hit++
		}
		if strings.Trim(v, "0123456789") == "" {
			num++
		}
	}
	if n == 0 {
		return -1, 0, 0
	}
	return float64(hit) / float64(n), float64(num) / float64(n), float64(n) / float64(len(values))
}

// townshipShare is the share of sampled rows with a recognised city whose
// value is a district of that city (-1 when no row can be judged), and
// the share of those rows that have a value at all.
func townshipShare(values, cities []string) (share, filled float64) {
	rows, n, hit := 0, 0, 0
	for i, v := range values {
		if i >= len(cities) {
			break
		}
		p, ok := places.City(cities[i])
		if !ok {
			continue
		}
		rows++
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		n++
		if _, st := p.Township(v); st != places.NotFound {
			hit++
		}
	}
	if n == 0 {
		return -1, 0
	}
	return float64(hit) / float64(n), float64(n) / float64(rows)
}

// GuessAddress maps an addresses table's columns to the address kind's
// input keys. refs are names the customer reference may have besides the
// usual ones; skip are columns already spoken for (the table's key).
func GuessAddress(cols []ColumnInfo, refs []string, skip ...string) AddressGuess {
	g := AddressGuess{Columns: map[string]string{}, How: map[string]string{}}
	used := map[string]bool{}
	for _, s := range skip {
		used[s] = true
	}
	byName := map[string]ColumnInfo{}
	for _, c := range cols {
		byName[c.Name] = c
		if nameScore(c.Name, cursorNames) >= 2 && g.Cursor == "" && timeLike(c.Type) {
			g.Cursor = c.Name
		}
		if nameScore(c.Name, deletedNames) >= 2 && g.Deleted == "" && contradicts("sms_allowed", c.Values) == "" {
			g.Deleted = c.Name
		}
	}
	used[g.Cursor], used[g.Deleted] = g.Cursor != "", g.Deleted != ""
	take := func(key, col, how string) {
		g.Columns[key], g.How[key] = col, how
		used[col] = true
	}
	// The customer: a column named as the users' key is, or like a
	// customer reference. It may be the table's key too (one address per
	// customer).
	for _, c := range cols {
		if (!used[c.Name] || slices.Contains(skip, c.Name)) && refMatch(c.Name, refs) {
			take("customer_code", c.Name, "by name: the users' key")
			break
		}
	}
	if g.Columns["customer_code"] == "" {
		if c, ok := bestByName(cols, used, addrSynonyms["customer_code"], true); ok {
			take("customer_code", c, "by name")
		}
	}

	g.guessCity(cols, used, take)
	g.guessTownship(cols, byName, used, take)

	// The neighbourhood: by name, and a "district" the township did not take.
	if c, ok := bestByName(cols, used, addrSynonyms["district"], false); ok {
		take("district", c, "by name")
	} else if c, ok := bestByName(cols, used, districtNames, false); ok {
		take("district", c, "by name (a district that is not the township: its values are no districts of the row's city)")
	}

	g.guessLine(cols, used)

	// Names: first and last, else a full name.
	first, okF := bestByNameFit(cols, used, "first_name")
	last, okL := bestByNameFit(cols, used, "last_name")
	switch {
	case okF && okL:
		take("first_name", first, "by name")
		take("last_name", last, "by name")
	default:
		if c, ok := bestByName(cols, used, addrSynonyms["full_name"], false); ok {
			take("full_name", c, "by name: split at the last space into first and last name")
		} else if okF || okL {
			if okF {
				take("first_name", first, "by name")
				g.TODO = append(g.TODO, "last_name")
			} else {
				take("last_name", last, "by name")
				g.TODO = append(g.TODO, "first_name")
			}
		} else {
			g.TODO = append(g.TODO, "full_name")
		}
	}

	for _, k := range []string{"title", "phone_number", "country", "tax_office", "tax_no", "company_name"} {
		for _, c := range rankByName(cols, used, addrSynonyms[k]) {
			info := byName[c]
			if k == "phone_number" {
				if why := contradicts("phone", info.Values); why != "" {
					g.Notes = append(g.Notes, fmt.Sprintf("%s is named like phone_number, but its sample says otherwise (%s): not mapped", c, why))
					continue
				}
			}
			if k == "country" {
				if _, num, _ := provinceShare(info.Values); num >= 0.8 && !allNinety(info.Values) {
					g.Notes = append(g.Notes, fmt.Sprintf("%s holds numbers (the ids of a countries table?): not mapped, so every address gets"+
						" normalize.address.default_country; select the country's name or ISO code instead if some are abroad", c))
					continue
				}
			}
			if IDLike(c) && (k == "title" || k == "tax_office" || k == "company_name") {
				continue // a reference to another table, not the text
			}
			take(k, c, "by name")
			break
		}
	}
	for _, k := range []string{"customer_code", "city", "township"} {
		if g.Columns[k] == "" {
			g.TODO = append(g.TODO, k)
		}
	}
	if len(g.Line) == 0 {
		g.TODO = append(g.TODO, "line")
	}
	sort.SliceStable(g.TODO, func(i, j int) bool { return keyOrder(g.TODO[i]) < keyOrder(g.TODO[j]) })
	return g
}

func keyOrder(k string) int {
	for i, x := range AddressInputKeys {
		if x == k {
			return i
		}
	}
	return len(AddressInputKeys)
}

func allNinety(values []string) bool {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" && v != "90" {
			return false
		}
	}
	return true
}

// rankByName lists the free, non-empty-named columns that match syns, best
// first (ties in column order).
func rankByName(cols []ColumnInfo, used map[string]bool, syns []string) []string {
	type sc struct {
		col string
		s   float64
	}
	var l []sc
	for _, c := range cols {
		if used[c.Name] {
			continue
		}
		if s := addrScore(c.Name, syns); s > 0 {
			l = append(l, sc{c.Name, s})
		}
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].s > l[j].s })
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = x.col
	}
	return out
}

// bestByName is the best free column named like syns; an id-like one
// only when ids are what syns name (a reference).
func bestByName(cols []ColumnInfo, used map[string]bool, syns []string, ids bool) (string, bool) {
	for _, c := range rankByName(cols, used, syns) {
		if ids || !IDLike(c) {
			return c, true
		}
	}
	return "", false
}

// bestByNameFit is bestByName for a name key, leaving out a column whose
// sample holds no names.
func bestByNameFit(cols []ColumnInfo, used map[string]bool, key string) (string, bool) {
	for _, c := range rankByName(cols, used, addrSynonyms[key]) {
		for _, ci := range cols {
			if ci.Name == c && contradicts(key, ci.Values) == "" {
				return c, true
			}
		}
	}
	return "", false
}

// guessCity takes the column whose values are provinces: among those
// named like a city or a region, the one whose sample fits best; with no
// sample, the one named like a city; else any column that holds
// provinces and little else.
func (g *AddressGuess) guessCity(cols []ColumnInfo, used map[string]bool, take func(key, col, how string)) {
	type cand struct {
		col          string
		share, prio  float64
		numeric      float64
		named, empty bool
	}
	var cands []cand
	for _, c := range cols {
		if used[c.Name] {
			continue
		}
		prio := 0.0
		switch {
		case addrScore(c.Name, addrSynonyms["city"]) > 0 && !IDLike(c.Name):
			prio = 2
		case addrScore(c.Name, regionNames) > 0 && !IDLike(c.Name):
			prio = 1
		}
		s, num, filled := provinceShare(c.Values)
		if IDLike(c.Name) && nameScore(c.Name, addrSynonyms["city"]) >= 2 {
			g.Notes = append(g.Notes, fmt.Sprintf("%s looks like a reference to a table of cities: join that table and select its name AS city", c.Name))
			continue
		}
		if prio == 0 && filled < 0.8 {
			continue // content alone must speak for most rows
		}
		cands = append(cands, cand{col: c.Name, share: s, prio: prio, numeric: num, named: prio > 0, empty: s < 0})
	}
	best := -1
	for i, c := range cands {
		ok := c.named && (c.empty && c.prio == 2 || c.share >= 0.5) || !c.named && c.share >= 0.8 && c.numeric < 0.5
		if !ok {
			continue
		}
		if best < 0 || better(c.prio, c.share, cands[best].prio, cands[best].share) {
			best = i
		}
	}
	if best >= 0 {
		c := cands[best]
		how := "by name"
		switch {
		case c.empty:
			how = "by name (no sampled values to check it by)"
		case !c.named:
			how = fmt.Sprintf("by content: %.0f%% of sampled values are provinces of Türkiye", 100*c.share)
		default:
			how = fmt.Sprintf("by name and content: %.0f%% of sampled values are provinces of Türkiye", 100*c.share)
		}
		take("city", c.col, how)
	}
	for _, c := range cands {
		if c.named && c.prio == 2 && !c.empty && c.share < 0.5 && c.col != g.Columns["city"] {
			g.Notes = append(g.Notes, fmt.Sprintf("%s is named like a city, but only %.0f%% of its sampled values are provinces of Türkiye", c.col, 100*c.share))
		}
	}
}

// better orders candidates by how they are named, then by how much of
// their sample fits.
func better(p1, s1, p2, s2 float64) bool {
	if p1 != p2 {
		return p1 > p2
	}
	return s1 > s2
}

// guessTownship takes the column whose values are districts of each row's
// city: named like one (ilçe, township, district, or a city the province
// did not take), or, holding little else, any column.
func (g *AddressGuess) guessTownship(cols []ColumnInfo, byName map[string]ColumnInfo, used map[string]bool, take func(key, col, how string)) {
	var cities []string
	if c := g.Columns["city"]; c != "" {
		cities = byName[c].Values
	}
	type cand struct {
		col   string
		share float64
		prio  float64
	}
	var cands []cand
	for _, c := range cols {
		if used[c.Name] || IDLike(c.Name) {
			continue
		}
		prio := 0.0
		switch {
		case addrScore(c.Name, addrSynonyms["township"]) > 0:
			prio = 2
		case addrScore(c.Name, districtNames) > 0, addrScore(c.Name, addrSynonyms["city"]) > 0, addrScore(c.Name, regionNames) > 0:
			prio = 1
		}
		share, filled := -1.0, 0.0
		if cities != nil {
			share, filled = townshipShare(c.Values, cities)
		}
		// A column matched by content alone must speak for most rows: a
		// tax office is a district's name too, on the few rows that have one.
		if prio == 0 && filled < 0.8 {
			continue
		}
		cands = append(cands, cand{c.Name, share, prio})
	}
	best := -1
	for i, c := range cands {
		ok := c.prio > 0 && c.share >= 0.5 || c.prio == 2 && c.share < 0 || c.prio == 0 && c.share >= 0.8
		if ok && (best < 0 || better(c.prio, c.share, cands[best].prio, cands[best].share)) {
			best = i
		}
	}
	for i, c := range cands {
		named := c.prio == 2 || addrScore(c.col, districtNames) > 0
		if i != best && named && c.share >= 0 && c.share < 0.5 {
			g.Notes = append(g.Notes, fmt.Sprintf("%s is named like a township, but only %.0f%% of its sampled values are districts (ilçe) of the row's city", c.col, 100*c.share))
		}
	}
	if best < 0 {
		return
	}
	c := cands[best]
	how := "by name"
	switch {
	case c.share < 0:
		how = "by name (no sampled city to check it against)"
	case c.prio == 0:
		how = fmt.Sprintf("by content: %.0f%% of sampled values are districts of the row's city", 100*c.share)
	default:
		how = fmt.Sprintf("by name and content: %.0f%% of sampled values are districts of the row's city", 100*c.share)
	}
	take("township", c.col, how)
}

// guessLine takes the street: numbered columns of one name (address_1,
// address_2) together, else the best named one.
func (g *AddressGuess) guessLine(cols []ColumnInfo, used map[string]bool) {
	type part struct {
		col string
		n   int
	}
	groups := map[string][]part{}
	var order []string
	for _, c := range cols {
		if used[c.Name] || !lineLike(c.Name) {
			continue
		}
		if b, n, ok := lineBase(c.Name); ok {
			if groups[b] == nil {
				order = append(order, b)
			}
			groups[b] = append(groups[b], part{c.Name, n})
		}
	}
	for _, b := range order {
		ps := groups[b]
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].n < ps[j].n })
		for _, p := range ps {
			g.Line = append(g.Line, p.col)
			used[p.col] = true
		}
		g.How["line"] = "by name"
		if len(ps) > 1 {
			g.How["line"] = "by name, joined with a space"
		}
		return
	}
	for _, c := range rankByName(cols, used, addrSynonyms["line"]) {
		if lineLike(c) && !IDLike(c) {
			g.Line = []string{c}
			used[c] = true
			g.How["line"] = "by name"
			return
		}
	}
}

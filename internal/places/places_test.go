package places

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"istanbul", "istanbul"},
		{"ISTANBUL", "istanbul"},
		{"İSTANBUL", "istanbul"},
		{"İstanbul", "istanbul"},
		{"ıstanbul", "istanbul"},
		{"IĞDIR", "igdir"},
		{"Çağrı Şükrü Öz", "cagrisukruoz"},
		{"Hakkâri", "hakkari"},
		{"K.Maraş", "kmaras"},
		{"K. Maraş", "kmaras"},
		{"Kahraman-Maraş", "kahramanmaras"},
		{"Kahraman – Maraş", "kahramanmaras"},
		{"Ordu'nun", "ordunun"},
		{"Ordu’nun", "ordunun"},
		{" 19 Mayıs\t", "19mayis"},
		{"\u00a0Kadıköy\u200b", "kadikoy"},
		{"Ｉｓｔａｎｂｕｌ", "istanbul"},       // fullwidth
		{"３４", "34"},                   // fullwidth digits
		{"İ\u0307stanbul", "istanbul"}, // a stray combining dot
		{"Žabljak", "zabljak"},
		{"Üsküdar/İstanbul", "uskudar/istanbul"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldASCIIFastPathShares(t *testing.T) {
	s := "kadikoy34"
	if got := Fold(s); got != s {
		t.Fatalf("Fold(%q) = %q", s, got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold of folded ASCII allocates %v times", n)
	}
}

func TestCity(t *testing.T) {
	tests := []struct {
		in    string
		plate int // 0: no match
	}{
		{"İstanbul", 34}, {"ISTANBUL", 34}, {"istanbul", 34}, {"İSTANBUL", 34},
		{"ıstanbul", 34}, {" Istanbul ", 34}, {"İst.", 34}, {"IST", 34},
		{"34", 34}, {"034", 34}, {"6", 6}, {"06", 6}, {"006", 6}, {"81", 81}, {"1", 1}, {"01", 1},
		{"0", 0}, {"00", 0}, {"82", 0}, {"99", 0}, {"100", 0}, {"0034", 0},
		{"Afyon", 3}, {"AFYON", 3}, {"Afyon Karahisar", 3}, {"Afyonkarahisar", 3},
		{"İçel", 33}, {"ICEL", 33}, {"Mersin", 33},
		{"K.Maraş", 46}, {"K. MARAŞ", 46}, {"Maraş", 46}, {"Kahramanmaraş", 46},
		{"Urfa", 63}, {"Ş.Urfa", 63}, {"Şanlıurfa", 63}, {"SANLIURFA", 63},
		{"Antep", 27}, {"G.Antep", 27}, {"Gaziantep", 27},
		{"Hakkâri", 30}, {"Hakkari", 30}, {"Iğdır", 76}, {"IGDIR", 76}, {"ığdır", 76},
		{"İzmit", 41}, {"Adapazarı", 54}, {"Antakya", 31}, {"Dersim", 62},
		{"Istanbull", 0}, {"", 0}, {"Üsküdar", 0}, {"Istanbul/Kadıköy", 0},
	}
	for _, tt := range tests {
		p, ok := City(tt.in)
		if ok != (tt.plate != 0) || p.Plate != tt.plate {
			t.Errorf("City(%q) = %d %v, want %d", tt.in, p.Plate, ok, tt.plate)
		}
	}
	if p, _ := City("istanbul"); p.Upper != "İSTANBUL" || p.Name != "İstanbul" {
		t.Errorf("İstanbul is written %q / %q", p.Upper, p.Name)
	}
}

func TestTownship(t *testing.T) {
	tests := []struct {
		city, in string
		want     string
		st       Status
	}{
		{"İstanbul", "Üsküdar", "ÜSKÜDAR", Found},
		{"İstanbul", "USKUDAR", "ÜSKÜDAR", Found},
		{"İstanbul", "üsküdar", "ÜSKÜDAR", Found},
		{"İstanbul", "Kadıköy", "KADIKÖY", Found},
		{"İstanbul", "KADIKOY", "KADIKÖY", Found},
		{"İstanbul", "Eyüp", "EYÜPSULTAN", Alias},
		{"İstanbul", "EYUP", "EYÜPSULTAN", Alias},
		{"İstanbul", "Eyüpsultan", "EYÜPSULTAN", Found},
		{"İstanbul", "Merkez", "", NotFound}, // metropolitan since before 2012: not covered
		{"Ankara", "Kazan", "KAHRAMANKAZAN", Alias},
		{"Ankara", "Gölbaşı", "GÖLBAŞI", Found},
		{"Adıyaman", "Gölbaşı", "GÖLBAŞI", Found},
		{"Ankara", "Üsküdar", "", NotFound}, // a township of another city
		{"Samsun", "19 Mayıs", "19 MAYIS", Found},
		{"Samsun", "19mayıs", "19 MAYIS", Found},
		{"Samsun", "Ondokuzmayıs", "19 MAYIS", Alias},
		{"Kırıkkale", "Bahşili", "BAHŞILI", Found}, // folds as Bahşılı
		{"Kırıkkale", "BAHŞILI", "BAHŞILI", Found},
		{"Siirt", "Aydınlar", "TİLLO", Alias},
		{"Antalya", "Kale", "DEMRE", Alias},
		{"Denizli", "Kale", "KALE", Found},
		{"Malatya", "Kale", "KALE", Found},
		{"Denizli", "Akköy", "PAMUKKALE", Alias},
		{"Erzurum", "Ilıca", "AZİZİYE", Alias},
		{"Bolu", "Merkez", "MERKEZ", Found},
		{"Bolu", "MERKEZ", "MERKEZ", Found},
		{"Aydın", "Merkez", "EFELER", Alias},
		{"Trabzon", "merkez", "ORTAHİSAR", Alias},
		{"Balıkesir", "Merkez", "", Ambiguous},
		{"Şanlıurfa", "Merkez", "", Ambiguous},
		{"Balıkesir", "Karesi", "KARESİ", Found},
		{"İzmir", "Karşıyaka", "KARŞIYAKA", Found},
		{"İzmir", "Karsiyaka", "KARŞIYAKA", Found},
		{"İzmir", "KARŞIYAKA", "KARŞIYAKA", Found},
		{"İzmir", "", "", NotFound},
		{"Hatay", "Antakya", "ANTAKYA", Found},
	}
	for _, tt := range tests {
		p, ok := City(tt.city)
		if !ok {
			t.Fatalf("City(%q) not found", tt.city)
		}
		got, st := p.Township(tt.in)
		if got != tt.want || st != tt.st {
			t.Errorf("%s.Township(%q) = %q %v, want %q %v", tt.city, tt.in, got, st, tt.want, tt.st)
		}
	}
	if got, st := (Province{}).Township("Merkez"); got != "" || st != NotFound {
		t.Errorf("zero Province: %q %v", got, st)
	}
}

func TestCandidates(t *testing.T) {
	tests := []struct {
		city, in string
		want     []string
	}{
		{"Balıkesir", "Merkez", []string{"ALTIEYLÜL", "KARESİ"}},
		{"Şanlıurfa", "MERKEZ", []string{"EYYÜBİYE", "HALİLİYE", "KARAKÖPRÜ"}},
		{"Hatay", "merkez", []string{"ANTAKYA", "DEFNE"}},
		{"Bolu", "Merkez", nil},
		{"Aydın", "Merkez", nil},
	}
	for _, tt := range tests {
		p, _ := City(tt.city)
		if got := p.Candidates(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s.Candidates(%q) = %q, want %q", tt.city, tt.in, got, tt.want)
		}
	}
}

// TestDuplicateNames: the 24 district names that occur in more than one
// province each resolve within the province asked, and nowhere else.
func TestDuplicateNames(t *testing.T) {
	where := map[string][]Province{}
	for _, p := range Provinces() {
		for _, d := range p.Districts() {
			where[Fold(d)] = append(where[Fold(d)], p)
		}
	}
	n := 0
	for name, ps := range where {
		if len(ps) < 2 || name == "merkez" {
			continue
		}
		n++
		for _, p := range ps {
			if _, st := p.Township(name); st != Found {
				t.Errorf("%q not found in %s", name, p.Name)
			}
		}
		// A province that lacks it does not find it.
		for _, q := range Provinces() {
			if !slices.ContainsFunc(ps, func(p Province) bool { return p.Plate == q.Plate }) {
				if up, st := q.Township(name); st == Found {
					t.Errorf("%q found in %s as %q", name, q.Name, up)
				}
			}
		}
	}
	if n != 24 {
		t.Errorf("%d district names occur in more than one province, want 24", n)
	}
}

func TestCounts(t *testing.T) {
	ps := Provinces()
	if len(ps) != 81 {
		t.Fatalf("%d provinces, want 81", len(ps))
	}
	total, merkez := 0, 0
	for i, p := range ps {
		if p.Plate != i+1 {
			t.Errorf("province %d has plate %d", i+1, p.Plate)
		}
		if Upper(p.Name) != p.Upper {
			t.Errorf("%s: upper %q, Turkish upper case is %q", p.Name, p.Upper, Upper(p.Name))
		}
		seen := map[string]bool{}
		for _, d := range p.Districts() {
			if seen[Fold(d)] {
				t.Errorf("%s: two districts fold to %q", p.Name, Fold(d))
			}
			seen[Fold(d)] = true
			if d == "MERKEZ" {
				merkez++
			}
		}
		total += len(p.Districts())
	}
	if total != 973 {
		t.Errorf("%d districts, want 973", total)
	}
	if merkez != 51 {
		t.Errorf("%d Merkez districts, want 51", merkez)
	}
}

func TestUpper(t *testing.T) {
	for in, want := range map[string]string{
		"Üsküdar": "ÜSKÜDAR", "iğdır": "İĞDIR", "Eyüpsultan": "EYÜPSULTAN", "19 Mayıs": "19 MAYIS",
	} {
		if got := Upper(in); got != want {
			t.Errorf("Upper(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseRejects: the checks parse makes of the file catch the mistakes
// an edit of it can make.
func TestParseRejects(t *testing.T) {
	type prov struct {
		Plate     int      `json:"plate"`
		Name      string   `json:"name"`
		Upper     string   `json:"upper"`
		Aliases   []string `json:"aliases"`
		Districts []string `json:"districts"`
	}
	doc := func(ps []prov, extra map[string]any) []byte {
		m := map[string]any{"provinces": ps}
		for k, v := range extra {
			m[k] = v
		}
		b, _ := json.Marshal(m)
		return b
	}
	two := []prov{
		{1, "Adana", "ADANA", nil, []string{"Seyhan", "Kozan"}},
		{2, "Adıyaman", "ADIYAMAN", nil, []string{"Merkez", "Kâhta"}},
	}
	if _, err := parse(doc(two, nil)); err != nil {
		t.Fatalf("a good file: %v", err)
	}
	bad := map[string][]byte{
		"plate twice":    doc([]prov{two[0], {1, "X", "X", nil, nil}}, nil),
		"plate too big":  doc([]prov{two[0], {3, "X", "X", nil, nil}}, nil),
		"alias clash":    doc([]prov{two[0], {2, "Adıyaman", "ADIYAMAN", []string{"ADANA"}, nil}}, nil),
		"district twice": doc([]prov{{1, "Adana", "ADANA", nil, []string{"Seyhan", "SEYHAN"}}, two[1]}, nil),
		"alias to nothing": doc(two, map[string]any{"district_aliases": []map[string]any{
			{"plate": 1, "alias": "Eski", "name": "Yok"}}}),
		"alias is a district": doc(two, map[string]any{"district_aliases": []map[string]any{
			{"plate": 1, "alias": "Kozan", "name": "Seyhan"}}}),
		"alias of no province": doc(two, map[string]any{"district_aliases": []map[string]any{
			{"plate": 9, "alias": "Eski", "name": "Seyhan"}}}),
		"ambiguous is a district": doc(two, map[string]any{"ambiguous_legacy_districts": []map[string]any{
			{"plate": 2, "alias": "Merkez", "candidates": []string{"Kâhta"}}}}),
		"ambiguous candidate missing": doc(two, map[string]any{"ambiguous_legacy_districts": []map[string]any{
			{"plate": 1, "alias": "Merkez", "candidates": []string{"Yok"}}}}),
		"not JSON": []byte("{"),
	}
	for name, b := range bad {
		if _, err := parse(b); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"İstanbul", "K.Maraş", "ıIiİ", "\xff\xfe", "Ｉ３４", "a\u0307"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if Fold(k) != k {
			t.Errorf("Fold(Fold(%q)) = %q, not %q", s, Fold(k), k)
		}
		if Fold(Upper(s)) != Fold(s) && !hasOddCase(s) {
			t.Errorf("Fold(Upper(%q)) = %q, Fold = %q", s, Fold(Upper(s)), k)
		}
		City(s)
		p, _ := City("34")
		p.Township(s)
		p.Candidates(s)
	})
}

// hasOddCase reports runes whose upper case folds differently from
// themselves (ß → SS, ŉ → ʼN, …): not place names, and Fold need not
// agree on them.
func hasOddCase(s string) bool {
	for _, r := range s {
		if r >= 0x80 && Fold(Upper(string(r))) != Fold(string(r)) {
			return true
		}
	}
	return false
}

func TestSeparator(t *testing.T) {
	for _, r := range " \t.-'’–\u00a0\u200b" {
		if !Separator(r) || Fold(string(r)) != "" {
			t.Errorf("%q: Separator %v, Fold %q", r, Separator(r), Fold(string(r)))
		}
	}
	for _, r := range "a/,(1ıİ" {
		if Separator(r) {
			t.Errorf("%q is a separator", r)
		}
	}
}

# lower() of capital sigma: final form (ς) at the end of a word, after a cased letter and
# not before one, with case-ignorable characters (accents, apostrophes, format characters)
# skipped on both sides, as Unicode's Final_Sigma condition says.
contexts = ["Σ", "ΑΣ", "ΣΑ", "ΑΣΑ", "ΑΣ ", " ΑΣ", "ΑΣ.", "ΑΣ'", "Α'Σ", "ΑΣ'Α", "ΑΣ\u0301",
            "ΑΣ\u0301Α", "Α\u0301Σ", "ΑΣ\u00ad", "ΑΣ\u00adΑ", "ΑΣ\u200d", "1Σ", "Σ1", "ΑΣ1",
            "aΣ", "AΣ", "ǅΣ", "ªΣ", "ⓐΣ", "ΑΣⓐ", "ΑΣΣ", "ΑΣΣΑ", "ΣΣ", "ΑΣ:Α", "ΑΣ·Α", "ΑΣ.Α",
            "Α\u0345Σ", "ΑΣ\u0345", "😀Σ", "ΑΣ😀", "𐐀Σ", "ΑΣ𐐀", "ΑΣ\U0001d400", "ΟΔΥΣΣΕΥΣ",
            "ΣΑΣ ΣΑΣ. ΣΑΣ'Σ", "Α\u0301\u0301Σ\u0301\u0301", "\u0301Σ", "Σ\u0301", "ΑΣ-Β"]
for c in contexts:
    low = c.lower()
    print(ascii(c), ascii(low), ascii(c.casefold()), ascii(c.swapcase()),
          ascii(c.title()), ascii(c.capitalize()))
# the rule looks at the whole string, also through slices and joins
word = "ΟΔΥΣΣΕΥΣ"
print(ascii(word[:4].lower()), ascii(word[4:].lower()), ascii(" ".join([word, word]).lower()))

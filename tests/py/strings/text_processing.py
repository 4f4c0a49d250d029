# Small text-processing routines built from common str methods: title-case, wrap, palindromes.
def title_case(s):
    return " ".join([w[0].upper() + w[1:].lower() if w else w for w in s.split(" ")])
print(title_case("the QUICK brown fOX"))

def is_palindrome(s):
    cleaned = "".join([c for c in s.lower() if c in "abcdefghijklmnopqrstuvwxyz"])
    return cleaned == cleaned[::-1]
for phrase in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(phrase, "->", is_palindrome(phrase))

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines
for l in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20):
    print("|" + l + "|")

def vowel_count(s):
    return sum([s.lower().count(v) for v in "aeiou"])
print(vowel_count("Programming In Python"))

def compress(s):
    if not s:
        return ""
    out = []
    prev, run = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out.append(prev + str(run))
            prev, run = ch, 1
    out.append(prev + str(run))
    return "".join(out)
print(compress("aaabccddddde"), compress("x"), repr(compress("")))
print(" ".join(reversed("one two three".split())))

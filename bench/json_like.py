# bench/json_like.py: a JSON encoder and a recursive-descent decoder written in Python, run over
# generated documents (string building and escaping, str methods, dict and list construction,
# isinstance dispatch, int and float parsing, exceptions for malformed input).
# Usage: json_like.py [records (default 6500)]. Deterministic; prints sizes, round-trip checks,
# samples and a checksum.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
           "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WHITESPACE = " \t\n\r"


class DecodeError(ValueError):
    def __init__(self, message, pos):
        super().__init__(f"{message} at offset {pos}")
        self.pos = pos


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only

    def encode(self, value):
        parts = []
        self.emit(value, parts, 0)
        return "".join(parts)

    def emit(self, value, parts, level):
        if value is None:
            parts.append("null")
        elif value is True:
            parts.append("true")
        elif value is False:
            parts.append("false")
        elif isinstance(value, int):
            parts.append(str(value))
        elif isinstance(value, float):
            if value != value or value in (float("inf"), -float("inf")):
                raise ValueError(f"cannot encode {value!r}")
            parts.append(repr(value))
        elif isinstance(value, str):
            parts.append(self.quote(value))
        elif isinstance(value, (list, tuple)):
            self.emit_list(value, parts, level)
        elif isinstance(value, dict):
            self.emit_dict(value, parts, level)
        else:
            raise TypeError(f"Object of type {type(value).__name__} is not serializable")

    def newline(self, parts, level):
        if self.indent is not None:
            parts.append("\n" + " " * (self.indent * level))

    def emit_list(self, items, parts, level):
        if not items:
            parts.append("[]")
            return
        parts.append("[")
        for i, item in enumerate(items):
            if i:
                parts.append(",")
            self.newline(parts, level + 1)
            self.emit(item, parts, level + 1)
        self.newline(parts, level)
        parts.append("]")

    def emit_dict(self, mapping, parts, level):
        if not mapping:
            parts.append("{}")
            return
        keys = sorted(mapping) if self.sort_keys else list(mapping)
        parts.append("{")
        separator = ": " if self.indent is not None else ":"
        for i, key in enumerate(keys):
            if not isinstance(key, str):
                raise TypeError(f"keys must be str, not {type(key).__name__}")
            if i:
                parts.append(",")
            self.newline(parts, level + 1)
            parts.append(self.quote(key))
            parts.append(separator)
            self.emit(mapping[key], parts, level + 1)
        self.newline(parts, level)
        parts.append("}")

    def quote(self, s):
        out = ['"']
        for ch in s:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ch < " ":
                out.append("\\u%04x" % ord(ch))
            elif ch > "~" and self.ascii_only:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 | code >> 10, 0xDC00 | code & 0x3FF))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def decode(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise DecodeError("extra data", self.pos)
        return value

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in WHITESPACE:
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise DecodeError("unexpected end of input", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, value in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        raise DecodeError(f"unexpected character {ch!r}", self.pos)

    def expect(self, ch):
        self.skip()
        if self.text[self.pos:self.pos + 1] != ch:
            raise DecodeError(f"expected {ch!r}", self.pos)
        self.pos += 1

    def object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                raise DecodeError("expected a string key", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or '}'", self.pos - 1)

    def array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or ']'", self.pos - 1)

    def string(self):
        text = self.text
        start = self.pos + 1
        end = text.find('"', start)
        if end < 0:
            raise DecodeError("unterminated string", self.pos)
        chunk = text[start:end]
        if "\\" not in chunk:
            # The common case: no escapes, one slice.
            self.pos = end + 1
            return chunk
        out = []
        pos = start
        while True:
            if pos >= len(text):
                raise DecodeError("unterminated string", start - 1)
            ch = text[pos]
            if ch == '"':
                break
            if ch != "\\":
                out.append(ch)
                pos += 1
                continue
            esc = text[pos + 1:pos + 2]
            if esc == "u":
                code = self.hex4(pos + 2)
                pos += 6
                if 0xD800 <= code < 0xDC00 and text[pos:pos + 2] == "\\u":
                    low = self.hex4(pos + 2)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                out.append(chr(code))
            elif esc in UNESCAPES:
                out.append(UNESCAPES[esc])
                pos += 2
            else:
                raise DecodeError(f"invalid escape {esc!r}", pos)
        self.pos = pos + 1
        return "".join(out)

    def hex4(self, pos):
        digits = self.text[pos:pos + 4]
        if len(digits) != 4 or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise DecodeError("invalid \\u escape", pos)
        return int(digits, 16)

    def number(self):
        text = self.text
        start = pos = self.pos
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if text[pos:pos + 1] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if text[pos:pos + 1] in ("e", "E"):
            is_float = True
            pos += 1
            if text[pos:pos + 1] in ("+", "-"):
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        literal = text[start:pos]
        if literal in ("-", "") or literal.endswith((".", "e", "E", "+", "-")):
            raise DecodeError(f"malformed number {literal!r}", start)
        self.pos = pos
        return float(literal) if is_float else int(literal)


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % bound


NAMES = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Zoë", "Håkon", "Søren", "Émilie",
         "Дмитрий", "李", "Ωmega", "tab\tand\nnewline", 'quote"d', "back\\slash", "smile 😀"]


def make_record(rng, i):
    return {
        "id": i,
        "name": NAMES[rng.next(len(NAMES))],
        "active": rng.next(2) == 1,
        "score": rng.next(100000) / 64.0 - 700.0,
        "ratio": (rng.next(1000) + 1) / 7.0,
        "big": rng.next(1000) ** 5 * (-1) ** i,
        "tags": [NAMES[rng.next(len(NAMES))][:3] for _ in range(rng.next(4))],
        "parent": None if i % 5 == 0 else i // 2,
        "position": {"x": rng.next(2000) - 1000, "y": rng.next(2000) - 1000, "z": 1e-7 * i},
        "history": [[rng.next(10), rng.next(10) * 0.5] for _ in range(rng.next(3))],
    }


def checksum(text):
    total = 0
    for i, ch in enumerate(text[::7]):
        total = (total * 33 + ord(ch) + i) % 1000000007
    return total


def main():
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 6500
    rng = Lcg(2718)
    document = {"version": 3, "records": [make_record(rng, i) for i in range(records)],
                "meta": {"empty": {}, "nothing": [], "unicode": "Zoë ✓ 😀", "neg": -0.0}}
    compact = Encoder().encode(document)
    pretty = Encoder(indent=2, sort_keys=True, ascii_only=False).encode(document)
    back = Decoder(compact).decode()
    back_pretty = Decoder(pretty).decode()
    print("compact", len(compact), "chars; pretty", len(pretty), "chars")
    print("round trip compact:", back == document, "pretty:", back_pretty == document)
    by_key = Encoder(sort_keys=True)
    print("re-encoding is stable:", by_key.encode(back_pretty) == by_key.encode(document))
    print("sample:", compact[:150])
    print("\n".join(pretty.splitlines()[:14]))
    print("meta:", back["meta"], Encoder().encode(back["meta"]))
    bad_inputs = ['{"a": 1,}', "[1, 2", '"abc', "[1 2]", '{"a" 1}', "01x", "-", '"\\q"',
                  '"\\u12G4"', "tru", "[1.]", "", '{"k": [1, {"z": nul}]}', "[] []"]
    for text in bad_inputs:
        try:
            result = Decoder(text).decode()
            print(f"{text!r:28} -> {result!r}")
        except DecodeError as e:
            print(f"{text!r:28} -> {type(e).__name__}: {e} (pos {e.pos})")
    for value in [float("nan"), {1: 2}, {"s": {1, 2}}]:
        try:
            Encoder().encode(value)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print("checksum", checksum(compact), checksum(pretty))


if __name__ == "__main__":
    main()

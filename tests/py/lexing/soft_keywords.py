# Soft keywords (match, case, _, type) are ordinary identifiers outside a match statement.
match = 1
case = 2
_ = 3
type_ = type(match).__name__
print(match, case, _, type_)
def match_it(match, case=5):
    return match + case
print(match_it(10), match_it(match=1, case=1))
matches = [match, case]
print(matches)
match += 10
print(match)
d = {'match': match, 'case': case}
print(d['match'], d['case'])
for _ in range(2):
    print("loop", _)
print([_ * 2 for _ in range(3)])

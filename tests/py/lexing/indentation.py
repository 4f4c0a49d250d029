# Indentation: differing indent widths per block, tabs, blank and comment lines at any indent.
def f(x):
  if x > 0:
        for i in range(x):
            if i == 1:
             print("one")
            else:
                  print("i", i)
  else:
   print("non-positive")
  # comment at block indent
        # comment deeper than block

  return x * 2
print(f(3))
print(f(0))
if True:
	print("tab indented")
	if True:
		print("two tabs")
	print("back to one tab")
while False:
    pass
else:
    print("while-else")
for k in [1]:


    print("blank lines above")
# final comment at column 0
   # indented trailing comment
class Empty: pass
def one_liner(): return "one liner"
if 1: print("inline if")
print(one_liner())
for c in "ab": print(c, end=" ")
print()

# --dump-asm prints each unit's machine code for the machine krait runs on: x86-64 here,
# AArch64 in the cross build under qemu (make test-aarch64).
# jit-flags: --dump-asm
# expect-stat: ^;; ---- machine code: scale@
# expect-stderr-x86_64: ^[[:space:]]+(movq|callq|retq)[[:space:]]
# expect-stderr-aarch64: ^[[:space:]]+(ldr|str|blr|ret)([[:space:]]|$)

def scale(xs, k):
    out = []
    for x in xs:
        out.append(x * k)
    return out

for _ in range(20):
    r = scale([1, 2.5, 3], 4)
print(r)
print(scale(["a", "b"], 3))

# A traceback that passes through functions of a module imported from beside the script.
import mod_tb_helper

print(mod_tb_helper.average([1, 2, 3]))
print(mod_tb_helper.check(5))
values = []
print(mod_tb_helper.average(values))

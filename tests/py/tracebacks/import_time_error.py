# An exception raised while a module beside the script is being imported.
print("importing")
import mod_tb_fails_on_import
print("never printed")

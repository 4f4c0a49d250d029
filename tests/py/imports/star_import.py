# from module import *: respects __all__, otherwise skips names starting with an underscore.
from mod_star import *
from mod_nostar import *
print(public_one, public_two)
print("not_listed" in globals(), "_underscored" in globals())
print(visible, helper())
print("_hidden" in globals())
import mod_star
print(mod_star.not_listed, mod_star._underscored, mod_star.__all__)

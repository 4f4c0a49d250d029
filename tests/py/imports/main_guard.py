# if __name__ == "__main__": true in the script, false in the imported helper module.
import mod_main_guard
print("main_guard: __name__ =", __name__)
print(mod_main_guard.describe())
def main():
    print("main() called")
    return 0
if __name__ == "__main__":
    main()
else:
    print("never printed")

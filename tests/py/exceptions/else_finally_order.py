# Order of try, except, else and finally blocks with and without an exception.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
        log.append("try end")
    except RuntimeError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))

def uncaught_in_try():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except ValueError:
            log.append("wrong handler")
        else:
            log.append("else skipped")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer caught")
    return log
print(uncaught_in_try())

def error_in_else():
    try:
        pass
    except ValueError:
        return "not from else"
    else:
        try:
            raise ValueError("from else")
        except ValueError as e:
            return "caught " + str(e)
print(error_in_else())

def finally_with_return_value():
    try:
        return "value"
    finally:
        print("finally before return completes")
print(finally_with_return_value())

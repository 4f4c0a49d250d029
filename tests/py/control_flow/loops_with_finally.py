# break, continue and return inside try/finally run the finally block on the way out.
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("cleanup", i)
print("after loop")

def early_return():
    for i in range(5):
        try:
            if i == 1:
                return "returned at " + str(i)
        finally:
            print("finally during return", i)
print(early_return())

def nested_finally():
    log = []
    for i in range(2):
        try:
            try:
                if i == 0:
                    continue
                log.append("inner body")
            finally:
                log.append("inner finally " + str(i))
        finally:
            log.append("outer finally " + str(i))
    return log
print(nested_finally())

def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("while finally", n)
    return n
print(while_break())

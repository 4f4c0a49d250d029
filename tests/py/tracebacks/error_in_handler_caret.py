# Traceback lines with carets under subscripts, calls and binary operations (3.11 locations).
def get_item(data, index):
    return data["items"][index] + data["offset"]

record = {"items": [1, 2, 3], "offset": None}
print(get_item({"items": [1], "offset": 1}, 0))
print(get_item(record, 1))

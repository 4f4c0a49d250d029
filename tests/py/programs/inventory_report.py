# An inventory report: records in dicts, grouping, sorting by several keys, totals with f-strings.
RAW = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,150,0.35
B201,Bread,food,20,2.10
C300,Novel,books,7,9.99
C301,Atlas,books,2,24.50
A102,Hammer,tools,5,15.75
B202,Cheese,food,8,6.40"""
lines = RAW.split("\n")
header = lines[0].split(",")
items = []
for line in lines[1:]:
    values = line.split(",")
    record = dict(zip(header, values))
    record["qty"] = int(record["qty"])
    record["price"] = float(record["price"])
    items.append(record)
print(len(items), "items, fields:", header)
by_category = {}
for item in items:
    by_category.setdefault(item["category"], []).append(item)
def money(v, width):
    text = f"{v:.2f}"
    return " " * (width - len(text)) + text
grand_total = 0.0
for category in sorted(by_category):
    group = sorted(by_category[category], key=lambda r: (-r["qty"] * r["price"], r["sku"]))
    subtotal = sum([r["qty"] * r["price"] for r in group])
    grand_total += subtotal
    print(f"== {category} ({len(group)} items) subtotal {subtotal:.2f}")
    for r in group:
        value = r["qty"] * r["price"]
        flag = " OUT OF STOCK" if r["qty"] == 0 else (" low" if r["qty"] < 6 else "")
        print(f"{r['sku']:>6} {r['name']:>8} {r['qty']:>5} {money(r['price'], 7)} {money(value, 8)}{flag}")
print(f"grand total {grand_total:.2f}")
cheapest = min(items, key=lambda r: r["price"])
priciest = max(items, key=lambda r: r["price"])
print("cheapest:", cheapest["name"], "priciest:", priciest["name"])
restock = [r["sku"] for r in items if r["qty"] < 6]
print("restock:", restock)
avg = sum([r["price"] for r in items]) / len(items)
print(f"average price {avg:.3f}", round(avg, 2))

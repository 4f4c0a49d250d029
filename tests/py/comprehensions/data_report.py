# A sales report built almost entirely from comprehensions: parsing CSV-like lines,
# grouping, aggregating, pivoting and formatting, with lambdas for sort keys.
raw = """region,product,quarter,units,price
north,widget,Q1,10,2.50
north,gadget,Q1,3,10.00
south,widget,Q1,7,2.50
south,widget,Q2,12,2.40
north,widget,Q2,8,2.50
east,gizmo,Q2,1,99.99
south,gadget,Q3,5,9.50
east,widget,Q3,20,2.25
north,gizmo,Q3,2,95.00
east,gadget,Q4,4,10.00
south,gizmo,Q4,1,90.00"""

header, *lines = [line.split(",") for line in raw.splitlines()]
rows = [dict(zip(header, fields)) for fields in lines]
rows = [{**r, "units": int(r["units"]), "price": float(r["price"])} for r in rows]
for r in rows:
    r["revenue"] = round(r["units"] * r["price"], 2)

regions = sorted({r["region"] for r in rows})
products = sorted({r["product"] for r in rows})
quarters = sorted({r["quarter"] for r in rows})
print("regions:", regions)
print("products:", products)

by_region = {reg: round(sum([r["revenue"] for r in rows if r["region"] == reg]), 2)
             for reg in regions}
print("revenue by region:", by_region)

pivot = {p: {q: sum([r["units"] for r in rows if r["product"] == p and r["quarter"] == q])
             for q in quarters} for p in products}
print(f"{'product':8}" + "".join([f"{q:>5}" for q in quarters]))
for p, per_q in pivot.items():
    print(f"{p:8}" + "".join([f"{per_q[q]:>5}" for q in quarters]))

best = sorted(rows, key=lambda r: (-r["revenue"], r["region"]))[:3]
print("top sales:", [(r["region"], r["product"], r["revenue"]) for r in best])

avg_price = {p: round(sum(prices) / len(prices), 3)
             for p in products
             for prices in [[r["price"] for r in rows if r["product"] == p]]}
print("average price:", avg_price)

share = {reg: f"{100 * rev / sum(by_region.values()):.1f}%" for reg, rev in by_region.items()}
print("share:", share)

quiet = [q for q in quarters if sum([r["units"] for r in rows if r["quarter"] == q]) < 15]
print("quiet quarters:", quiet)

matrix = [[r["units"] if r["region"] == reg else 0 for r in rows] for reg in regions]
print("units matrix column sums:", [sum(col) for col in zip(*matrix)])

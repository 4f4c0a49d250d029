# A binary search tree stored in nested lists [key, left, right]: insert, search, traversals, delete.
def insert(node, key):
    if node is None:
        return [key, None, None]
    if key < node[0]:
        node[1] = insert(node[1], key)
    elif key > node[0]:
        node[2] = insert(node[2], key)
    return node
def contains(node, key):
    while node is not None:
        if key == node[0]:
            return True
        node = node[1] if key < node[0] else node[2]
    return False
def inorder(node, out):
    if node is not None:
        inorder(node[1], out)
        out.append(node[0])
        inorder(node[2], out)
    return out
def preorder(node):
    return [] if node is None else [node[0]] + preorder(node[1]) + preorder(node[2])
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
def delete(node, key):
    if node is None:
        raise KeyError(key)
    if key < node[0]:
        node[1] = delete(node[1], key)
    elif key > node[0]:
        node[2] = delete(node[2], key)
    else:
        if node[1] is None:
            return node[2]
        if node[2] is None:
            return node[1]
        succ = node[2]
        while succ[1] is not None:
            succ = succ[1]
        node[0] = succ[0]
        node[2] = delete(node[2], succ[0])
    return node
root = None
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]
for k in keys:
    root = insert(root, k)
print(inorder(root, []))
print(preorder(root), height(root))
print([contains(root, k) for k in (45, 46, 80, 10)])
for k in [20, 30, 50, 99]:
    try:
        root = delete(root, k)
        print("deleted", k, inorder(root, []), preorder(root))
    except KeyError as e:
        print("KeyError", e)
print(root)
big = None
for i in range(200):
    big = insert(big, (i * 37) % 211)
print(len(inorder(big, [])), height(big), inorder(big, [])[:10])

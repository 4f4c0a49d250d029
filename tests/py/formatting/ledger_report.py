# A small bookkeeping program: deterministic transactions from an LCG, balances per account
# and month in dicts, and reports in three styles (% formatting, str.format, f-strings) with
# aligned columns, signs, thousands separators, percentages and a text bar chart.

def lcg(state):
    return (state * 6364136223846793005 + 1442695040888963407) % 2**64

ACCOUNTS = ['rent', 'food', 'travel', 'books', 'salary', 'gifts', 'energy']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']


def transactions(n, seed):
    out = []
    state = seed
    for i in range(n):
        state = lcg(state)
        account = ACCOUNTS[(state >> 33) % len(ACCOUNTS)]
        state = lcg(state)
        month = MONTHS[(state >> 40) % len(MONTHS)]
        state = lcg(state)
        cents = (state >> 20) % 250000
        amount = cents / 100 if account == 'salary' else -cents / 400
        out.append({'id': i + 1, 'account': account, 'month': month, 'amount': amount})
    return out


def summarize(txs):
    by_account, by_month = {}, {}
    for tx in txs:
        a, m = tx['account'], tx['month']
        by_account[a] = by_account.get(a, 0.0) + tx['amount']
        by_month.setdefault(m, {})
        by_month[m][a] = by_month[m].get(a, 0.0) + tx['amount']
    return by_account, by_month


def percent_style(txs):
    print('%-4s %-8s %-4s %12s' % ('id', 'account', 'mon', 'amount'))
    for tx in txs[:12]:
        print('%(id)04d %(account)-8s %(month)-4s %(amount)+12.2f' % tx)
    print('%s\n' % ('-' * 31))


def format_style(by_account):
    total = 0.0
    for v in by_account.values():
        total += v
    spent = 0.0
    for v in by_account.values():
        if v < 0:
            spent -= v
    print('{:<10}{:>14}{:>9}'.format('account', 'balance', 'of spend'))
    for name in sorted(by_account, key=lambda k: by_account[k]):
        v = by_account[name]
        share = -v / spent if v < 0 else 0.0
        print('{name:<10}{v:>14,.2f}{share:>9.1%}'.format(name=name, v=v, share=share))
    print('{0:<10}{1:>14,.2f}{2:>9}'.format('net', total, '-'))
    print('{0:=^33}\n'.format(' %d accounts ' % len(by_account)))


def fstring_style(by_month):
    header = f'{"month":<6}' + ''.join([f'{a[:6]:>10}' for a in ACCOUNTS]) + f'{"net":>12}'
    print(header)
    print(f'{"":-<{len(header)}}')
    for m in MONTHS:
        row = by_month.get(m, {})
        net = 0.0
        cells = []
        for a in ACCOUNTS:
            v = row.get(a, 0.0)
            net += v
            cells.append(f'{v:>10.0f}' if v else f'{"-":>10}')
        print(f'{m:<6}{"".join(cells)}{net:>+12,.2f}')


def chart(by_month):
    print('\nnet per month')
    nets = []
    for m in MONTHS:
        net = 0.0
        for v in by_month.get(m, {}).values():
            net += v
        nets.append(net)
    scale = max([abs(n) for n in nets]) / 30
    for m, net in zip(MONTHS, nets):
        bar = ('+' if net >= 0 else '-') * int(abs(net) / scale)
        print(f'{m} {net:>12,.2f} |{bar:<30}| {net / scale:5.1f}')


txs = transactions(150, 2024)
by_account, by_month = summarize(txs)
percent_style(txs)
format_style(by_account)
fstring_style(by_month)
chart(by_month)
largest = sorted(txs, key=lambda t: (t['amount'], t['id']))
print('\nlargest expense: #{id} {account} {month} {amount:.2f}'.format(**largest[0]))
print('largest income:  #%(id)d %(account)s %(month)s %(amount).2f' % largest[-1])
print(f'{len(txs)} transactions, mean {sum([t["amount"] for t in txs]) / len(txs):+.4e}')

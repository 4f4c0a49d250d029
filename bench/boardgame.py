# bench/boardgame.py: game-tree search: a full minimax of tic-tac-toe with memoisation, then a game
# of connect four played by two negamax alpha-beta searchers with Zobrist hashing and a
# transposition table (list and dict traffic, recursion, small-int arithmetic).
# Usage: boardgame.py [depth (default 7)]. Deterministic; prints the moves, the final board and
# node counts.
import sys

WIDTH, HEIGHT = 7, 6
WIN_SCORE = 1000000
# Centre columns first: better moves first means more alpha-beta cut-offs.
ORDER = sorted(range(WIDTH), key=lambda c: abs(c - WIDTH // 2))
DIRECTIONS = ((1, 0), (0, 1), (1, 1), (1, -1))
EXACT, LOWER, UPPER = 0, 1, 2


def tictactoe_value(board, player, memo):
    """The value of a tic-tac-toe position for X (+1 win, 0 draw, -1 loss) with player to move."""
    key = (board, player)
    if key in memo:
        return memo[key]
    lines = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6))
    for a, b, c in lines:
        if board[a] != "." and board[a] == board[b] == board[c]:
            memo[key] = 1 if board[a] == "X" else -1
            return memo[key]
    if "." not in board:
        memo[key] = 0
        return 0
    other = "O" if player == "X" else "X"
    values = [tictactoe_value(board[:i] + player + board[i + 1:], other, memo)
              for i in range(9) if board[i] == "."]
    memo[key] = max(values) if player == "X" else min(values)
    return memo[key]


class Zobrist:
    """Random 60-bit keys for every (cell, player), from a linear congruential generator."""

    def __init__(self, seed):
        state = seed
        self.keys = []
        for _ in range(WIDTH * HEIGHT * 2):
            key = 0
            for _ in range(4):
                state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
                key = (key << 15) ^ (state >> 49)
            self.keys.append(key)

    def key(self, cell, player):
        return self.keys[cell * 2 + player - 1]


class Board:
    def __init__(self, zobrist):
        self.cells = [0] * (WIDTH * HEIGHT)     # column-major: cell = col * HEIGHT + row
        self.heights = [0] * WIDTH
        self.moves = []
        self.hash = 0
        self.zobrist = zobrist

    def legal(self):
        return [c for c in ORDER if self.heights[c] < HEIGHT]

    def play(self, col, player):
        cell = col * HEIGHT + self.heights[col]
        self.cells[cell] = player
        self.heights[col] += 1
        self.moves.append(col)
        self.hash ^= self.zobrist.key(cell, player)

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        cell = col * HEIGHT + self.heights[col]
        self.hash ^= self.zobrist.key(cell, self.cells[cell])
        self.cells[cell] = 0

    def at(self, col, row):
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            return self.cells[col * HEIGHT + row]
        return -1

    def last_move_wins(self):
        col = self.moves[-1]
        row = self.heights[col] - 1
        player = self.cells[col * HEIGHT + row]
        for dc, dr in DIRECTIONS:
            run = 1
            for sign in (1, -1):
                c, r = col + dc * sign, row + dr * sign
                while self.at(c, r) == player:
                    run += 1
                    c += dc * sign
                    r += dr * sign
            if run >= 4:
                return True
        return False

    def evaluate(self, player):
        """A heuristic score for player: open windows of four, weighted by how full they are."""
        weights = (0, 1, 8, 60, 0)
        score = 0
        cells = self.cells
        for window in WINDOWS:
            mine = theirs = 0
            for cell in window:
                v = cells[cell]
                if v == player:
                    mine += 1
                elif v:
                    theirs += 1
            if not theirs:
                score += weights[mine]
            elif not mine:
                score -= weights[theirs]
        return score

    def show(self):
        marks = ".XO"
        return ["".join(marks[self.cells[c * HEIGHT + r]] for c in range(WIDTH))
                for r in range(HEIGHT - 1, -1, -1)]


def windows():
    """Every line of four cells on the board, as tuples of cell indexes."""
    found = []
    for col in range(WIDTH):
        for row in range(HEIGHT):
            for dc, dr in DIRECTIONS:
                end_c, end_r = col + 3 * dc, row + 3 * dr
                if 0 <= end_c < WIDTH and 0 <= end_r < HEIGHT:
                    found.append(tuple((col + k * dc) * HEIGHT + row + k * dr for k in range(4)))
    return found


WINDOWS = windows()


class Searcher:
    def __init__(self):
        self.nodes = 0
        self.table = {}
        self.hits = 0

    def negamax(self, board, player, depth, alpha, beta):
        """The value of the position for player to move, searched depth plies."""
        self.nodes += 1
        entry = self.table.get(board.hash)
        if entry is not None and entry[0] >= depth:
            self.hits += 1
            _, flag, value = entry
            if flag == EXACT:
                return value
            if flag == LOWER and value >= beta:
                return value
            if flag == UPPER and value <= alpha:
                return value
        if depth <= 0:
            return board.evaluate(player)
        moves = board.legal()
        if not moves:
            return 0
        start_alpha = alpha
        best = -WIN_SCORE * 2
        for col in moves:
            board.play(col, player)
            if board.last_move_wins():
                value = WIN_SCORE + depth
            else:
                value = -self.negamax(board, 3 - player, depth - 1, -beta, -alpha)
            board.undo()
            if value > best:
                best = value
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        flag = UPPER if best <= start_alpha else LOWER if best >= beta else EXACT
        self.table[board.hash] = (depth, flag, best)
        return best

    def choose(self, board, player, depth):
        best_col, best = None, -WIN_SCORE * 3
        for col in board.legal():
            board.play(col, player)
            if board.last_move_wins():
                value = WIN_SCORE + depth
            else:
                value = -self.negamax(board, 3 - player, depth - 1, -WIN_SCORE * 2, -best)
            board.undo()
            if value > best:
                best_col, best = col, value
        return best_col, best


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    memo = {}
    print("tic-tac-toe value:", tictactoe_value("." * 9, "X", memo), "positions", len(memo))
    board = Board(Zobrist(12345))
    searchers = {1: Searcher(), 2: Searcher()}
    player = 1
    winner = 0
    scores = []
    # Player 2 looks one ply less ahead, so the game is not a foregone draw.
    while board.legal():
        searcher = searchers[player]
        searcher.table.clear()
        col, score = searcher.choose(board, player, depth if player == 1 else max(depth - 1, 1))
        board.play(col, player)
        scores.append(score)
        if board.last_move_wins():
            winner = player
            break
        player = 3 - player
    print("moves:", "".join(str(c) for c in board.moves))
    print("\n".join(board.show()))
    print("winner:", "XO"[winner - 1] if winner else "draw", "after", len(board.moves), "moves")
    print("scores:", scores[:12], "...")
    for p, s in searchers.items():
        print(f"player {p}: {s.nodes} nodes, {s.hits} table hits")


if __name__ == "__main__":
    main()

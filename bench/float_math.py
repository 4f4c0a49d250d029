# bench/float_math.py: numerical integration and special functions in pure Python (Simpson's
# rule, Gauss-Legendre nodes by Newton's method, Lanczos gamma, series for erf and Bessel J0, a
# Runge-Kutta ODE solve), checked against the math module.
# Usage: float_math.py [n (default 800000)]. Deterministic; prints results to 10 digits.
import math
import sys


def simpson(f, a, b, n):
    """Integrate f over [a, b] with composite Simpson's rule on n (even) intervals."""
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        total += (4.0 if i % 2 else 2.0) * f(a + i * h)
    return total * h / 3.0


def legendre(n, x):
    """Return (P_n(x), P_n'(x)) by the three-term recurrence."""
    p0, p1 = 1.0, x
    for k in range(2, n + 1):
        p0, p1 = p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
    return p1, n * (x * p1 - p0) / (x * x - 1.0)


def gauss_legendre(n):
    """The n nodes and weights of Gauss-Legendre quadrature on [-1, 1]."""
    nodes, weights = [], []
    for i in range(1, n + 1):
        x = math.cos(math.pi * (i - 0.25) / (n + 0.5))
        for _ in range(100):
            p, dp = legendre(n, x)
            step = p / dp
            x -= step
            if abs(step) < 1e-15:
                break
        p, dp = legendre(n, x)
        nodes.append(x)
        weights.append(2.0 / ((1.0 - x * x) * dp * dp))
    return nodes, weights


def gauss(f, a, b, rule):
    nodes, weights = rule
    mid, half = (a + b) / 2.0, (b - a) / 2.0
    return half * sum(w * f(mid + half * x) for x, w in zip(nodes, weights))


LANCZOS_G = 7
LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
           -176.61502916214059, 12.507343278686905, -0.13857109526572012,
           9.9843695780195716e-6, 1.5056327351493116e-7]


def gamma(x):
    """The gamma function by Lanczos' approximation, with the reflection formula below 1/2."""
    if x < 0.5:
        return math.pi / (math.sin(math.pi * x) * gamma(1.0 - x))
    x -= 1.0
    a = LANCZOS[0]
    t = x + LANCZOS_G + 0.5
    for i in range(1, LANCZOS_G + 2):
        a += LANCZOS[i] / (x + i)
    return math.sqrt(2.0 * math.pi) * t ** (x + 0.5) * math.exp(-t) * a


def erf_series(x):
    """erf by its Maclaurin series, summed until the terms stop mattering."""
    term = x
    total = x
    n = 0
    while abs(term) > 1e-17 * abs(total):
        n += 1
        term *= -x * x / n
        total += term / (2 * n + 1)
    return 2.0 / math.sqrt(math.pi) * total


def bessel_j0(x):
    """J0 by its power series."""
    term = total = 1.0
    k = 0
    q = -x * x / 4.0
    while abs(term) > 1e-17:
        k += 1
        term *= q / (k * k)
        total += term
    return total


def rk4(f, y, t0, t1, steps):
    """Integrate the system y' = f(t, y) from t0 to t1 with classical Runge-Kutta."""
    h = (t1 - t0) / steps
    t = t0
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k1)])
        k3 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k2)])
        k4 = f(t + h, [yi + h * ki for yi, ki in zip(y, k3)])
        y = [yi + h / 6 * (a + 2 * b + 2 * c + d) for yi, a, b, c, d in zip(y, k1, k2, k3, k4)]
        t += h
    return y


def pendulum(t, y):
    return [y[1], -math.sin(y[0]) - 0.1 * y[1]]


def show(label, value, reference=None):
    line = f"{label:28} {value:.10g}"
    if reference is not None:
        line += f"  error<1e-9: {abs(value - reference) < 1e-9 * max(1.0, abs(reference))}"
    print(line)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    n = max(n - n % 2, 20)   # Simpson's rule needs an even count, the sampling below n >= 20
    show("simpson sin 0..pi", simpson(math.sin, 0.0, math.pi, n), 2.0)
    show("simpson exp(-x^2) 0..3", simpson(lambda x: math.exp(-x * x), 0.0, 3.0, n),
         math.sqrt(math.pi) / 2 * math.erf(3.0))
    show("simpson 1/(1+x^2) 0..1", simpson(lambda x: 1.0 / (1.0 + x * x), 0.0, 1.0, n),
         math.pi / 4)
    show("simpson log 1..e", simpson(math.log, 1.0, math.e, n), 1.0)
    rule = gauss_legendre(24)
    show("gauss cos 0..1", gauss(math.cos, 0.0, 1.0, rule), math.sin(1.0))
    show("gauss sqrt 0..4", gauss(math.sqrt, 0.0, 4.0, rule))
    gsum = esum = jsum = erf_error = 0.0
    for i in range(1, n // 20 + 1):
        x = i / (n // 20) * 5.0
        gsum += gamma(x) / math.gamma(x)
        e = erf_series(x / 2.0)
        esum += e
        erf_error = max(erf_error, abs(e - math.erf(x / 2.0)))
        jsum += bessel_j0(x)
    show("mean gamma / math.gamma", gsum / (n // 20), 1.0)
    show("sum of erf", esum)
    print("erf series error < 1e-13:", erf_error < 1e-13)
    show("sum of J0", jsum)
    show("gamma(0.5)^2", gamma(0.5) ** 2, math.pi)
    theta, omega = rk4(pendulum, [1.0, 0.0], 0.0, 20.0, n // 4)
    show("pendulum angle at t=20", theta)
    show("pendulum speed at t=20", omega)


if __name__ == "__main__":
    main()

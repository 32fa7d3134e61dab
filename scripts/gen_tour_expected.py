#!/usr/bin/env python3
"""Writes examples/c/tour.expected: NumPy's output for the code that
examples/c/tour.c runs, printed the way the tour prints it (">>> expr" then
the repr, str or shape NumPy gives). The test suite runs the tour and
compares its output with this file (numbers within a relative 1e-9, see
scripts/compare_output.py).

Usage: python3 scripts/gen_tour_expected.py   (needs numpy)
"""
import os
import re

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lines = []


def out(text=""):
    lines.append(text)


def show(expr, value):
    out(f">>> {expr}")
    out(repr(value))


def show_str(expr, value):
    out(f">>> {expr}")
    out(str(np.asarray(value)))


def show_shape(expr, value):
    out(f">>> {expr}")
    out(str(value.shape))


def creation():
    out("== Section 02: Array Creation ==")
    show("a = np.array([1.0, 2.0, 3.0])", np.array([1.0, 2.0, 3.0]))
    show("b = np.zeros((3, 4))", np.zeros((3, 4)))
    show("c = np.full((2, 3), 5.0)   # same as np.ones((2, 3)) * 5", np.ones((2, 3)) * 5)
    show("d = np.arange(0, 10, 2)", np.arange(0, 10, 2))
    show("e = np.linspace(0, 1, 100)", np.linspace(0, 1, 100))
    out(">>> np.linspace(0, 1, 100, retstep=True)[1]")
    out("%.17g" % np.linspace(0, 1, 100, retstep=True)[1])
    out(">>> f = np.random.randn(32, 768)")
    out("(random numbers are not in ndc yet)")
    arr = np.arange(12).reshape(3, 4)
    show("arr = np.arange(12).reshape(3, 4)", arr)
    show_str("arr[1, 2]", arr[1, 2])
    show("arr[:, 2]", arr[:, 2])
    show("arr[1:, :2]", arr[1:, :2])
    show("arr[[0, 2], :]", arr[[0, 2], :])
    show("arr[arr > 5]", arr[arr > 5])
    show("np.eye(3)", np.eye(3))
    show("np.logspace(0, 3, 4)", np.logspace(0, 3, 4))
    show("np.arange(0, 2, 0.3, dtype=np.float32)", np.arange(0, 2, 0.3, dtype=np.float32))


def broadcasting():
    out()
    out("== Section 03: Broadcasting ==")
    out("(ndc has no random numbers yet: fixed inputs stand in for np.random.randn)")
    m = np.arange(12.0).reshape(3, 4)
    row = np.array([10.0, 20.0, 30.0, 40.0])
    show("np.arange(12.).reshape(3, 4) + np.array([10., 20., 30., 40.])", m + row)
    col = np.array([[1.0], [2.0], [3.0]])
    row2 = row.reshape(1, 4)
    show("np.array([[1.], [2.], [3.]]) * np.array([[10., 20., 30., 40.]])", col * row2)
    show("a**2 + b**2 - 2 * a * b   # a (3,1), b (1,4): pairwise (a - b)**2",
         (np.square(col) + np.square(row2)) - 2.0 * (col * row2))

    act = np.sin(np.arange(32 * 768.0).reshape(32, 768))
    out(">>> activations = np.sin(np.arange(32 * 768.).reshape(32, 768))")
    mean = act.mean(axis=-1, keepdims=True)
    show_shape("mean = activations.mean(axis=-1, keepdims=True); mean.shape", mean)
    show("mean[:4]", mean[:4])
    std = act.std(axis=-1, keepdims=True)
    show_shape("std = activations.std(axis=-1, keepdims=True); std.shape", std)
    show("normalized = (activations - mean) / std", (act - mean) / std)

    A = np.cos(np.arange(100 * 128.0).reshape(100, 128))
    B = np.sin(np.arange(50 * 128.0).reshape(50, 128))
    out(">>> A = np.cos(np.arange(100 * 128.).reshape(100, 128))")
    out(">>> B = np.sin(np.arange(50 * 128.).reshape(50, 128))")
    dists = np.sum(A**2, axis=1, keepdims=True) + np.sum(B**2, axis=1) - 2 * A @ B.T
    show_shape("dists = np.sum(A**2, axis=1, keepdims=True) + np.sum(B**2, axis=1) - 2 * A @ B.T; "
               "dists.shape", dists)
    show("dists[:3, :4]", dists[:3, :4])


def linalg():
    out()
    out("== Section 04: Linear Algebra Ops ==")
    A = np.array([[4., -2., 1., 3.], [2., 5., -1., 0.], [1., 0., 3., -2.], [-3., 1., 2., 6.]])
    B = np.arange(12.).reshape(4, 3)
    show("A = np.array([[4., -2., 1., 3.], [2., 5., -1., 0.], [1., 0., 3., -2.], "
         "[-3., 1., 2., 6.]])", A)
    show("B = np.arange(12.).reshape(4, 3)", B)
    show("C = A @ B", A @ B)
    show("D = np.linalg.inv(A)", np.linalg.inv(A))
    vals, vecs = np.linalg.eig(A)
    show("vals, vecs = np.linalg.eig(A); vals", vals)
    out(">>> np.allclose(A @ vecs, vecs * vals)")
    out(str(np.allclose(A @ vecs, vecs * vals)))
    U, S, Vt = np.linalg.svd(A)
    show("U, S, Vt = np.linalg.svd(A); S", S)
    show("U[:, :2] @ np.diag(S[:2]) @ Vt[:2, :]   # rank-2 approximation",
         U[:, :2] @ np.diag(S[:2]) @ Vt[:2, :])
    b = np.array([1., 2., 3., 4.])
    show("b = np.array([1., 2., 3., 4.]); x = np.linalg.solve(A, b)", np.linalg.solve(A, b))
    show_str("print(np.linalg.norm(A))", np.linalg.norm(A))
    show_str("print(np.linalg.norm(A, ord=2))", np.linalg.norm(A, ord=2))
    show_str("print(np.linalg.norm(b))", np.linalg.norm(b))


def preprocessing():
    out()
    out("== Section 05: Common ML Preprocessing ==")

    def standard_scale(X):
        mean = X.mean(axis=0)
        std = X.std(axis=0) + 1e-8
        return (X - mean) / std

    def one_hot(labels, num_classes):
        n = len(labels)
        o = np.zeros((n, num_classes))
        o[np.arange(n), labels] = 1
        return o

    def cosine_matrix(embeddings):
        norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
        normed = embeddings / (norms + 1e-8)
        return normed @ normed.T

    def softmax(x):
        x = x - x.max(axis=-1, keepdims=True)
        e = np.exp(x)
        return e / e.sum(axis=-1, keepdims=True)

    X = np.array([[1., 200., 3.], [2., 180., 5.], [3., 220., 4.], [4., 210., 8.]])
    show("X = np.array([[1., 200., 3.], [2., 180., 5.], [3., 220., 4.], [4., 210., 8.]])", X)
    show("standard_scale(X)", standard_scale(X))
    show("one_hot(np.array([0, 2, 1, 2]), 3)", one_hot(np.array([0, 2, 1, 2]), 3))
    E = np.array([[1., 0., 1.], [0., 1., 1.], [1., 1., 0.], [2., 0., 2.]])
    show("cosine_matrix(np.array([[1., 0., 1.], [0., 1., 1.], [1., 1., 0.], [2., 0., 2.]]))",
         cosine_matrix(E))
    L = np.array([[1., 2., 3.], [1., 1., 1.], [10., 0., -10.]])
    show("softmax(np.array([[1., 2., 3.], [1., 1., 1.], [10., 0., -10.]]))", softmax(L))


def gotchas():
    out()
    out("== Section 07: Gotchas ==")
    a = np.arange(10)
    b = a[::2]
    b[0] = 999
    out(">>> a = np.arange(10); b = a[::2]; b[0] = 999; print(a[0])")
    out(str(a[0]))
    x = np.array([1, 2, 3], dtype=np.int32)
    show("x = np.array([1, 2, 3], dtype=np.int32)", x)
    show("y = x / 2   # float64, not int32", x / 2)
    a = np.ones((3, 4))
    show("c = np.ones((3, 4)) + np.ones((4,))", a + np.ones((4,)))
    try:
        a + np.ones((5,))
    except ValueError as e:
        out(">>> e = a + np.ones((5,))")
        out(f"ValueError: {e}   (ndc status: shape error)")
    x = np.sin(np.arange(32 * 768.).reshape(32, 768))
    out(">>> x = np.sin(np.arange(32 * 768.).reshape(32, 768))   # batch 32, features 768")
    show_shape("x.mean(axis=0).shape   # average over the batch", x.mean(axis=0))
    show_shape("x.mean(axis=1).shape   # average over the features", x.mean(axis=1))


def main():
    cargo = open(os.path.join(ROOT, "Cargo.toml")).read()
    version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
    out(f"ndc {version}")
    out()
    creation()
    broadcasting()
    linalg()
    preprocessing()
    gotchas()
    with open(os.path.join(ROOT, "examples", "c", "tour.expected"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

"""Nested counted loops with break, continue, return and else clauses
(issue #10: on-the-fly SSA construction; 'reduced' crashed IRGen, the
others are the generator's programs from seeds 3, 7, 11, 19 and 41)."""


def reduced(n: int, m: int) -> int:
    s = 0
    t = 1
    if s % 3 == 1:
        if s > 59:
            return s + t
        if s > 12:
            return s + t
        if s % 2 == 0:
            if s > 46:
                return s + t
    for i in range(3):
        for j in range(n):
            for k in range(m):
                for l in range(3):
                    if s > 87:
                        return s + t
                    if s > 28:
                        break
            else:
                if t > 16:
                    continue
        for j in range(n):
            for k in range(n - 1):
                if s > 18:
                    break
                if s > 1:
                    break
                if s > 51:
                    return s + t
                for l in range(n):
                    while t < 45:
                        t += 3
            else:
                if s > 63:
                    return s + t
            if s > 22:
                return s + t
        for j in range(n - 1):
            while t < 45:
                t += 3
            if s > 16:
                break
        else:
            if s > 14:
                break
        for j in range(m):
            if s > 18:
                return s + t
            if s % 3 == 1:
                t += j + 1
            if t > 12:
                continue
    for i in range(0, n, 2):
        return s + t
    return s * 3 + t


def generated_3(n: int, m: int) -> int:
    s = 0
    t = 1
    if s > 26:
        return s + t
    if s % 5 == 0:
        t += n + 2
    return s * 3 + t


def generated_7(n: int, m: int) -> int:
    s = 0
    t = 1
    t += n + 0
    for i in range(0, n, 2):
        if s % 2 == 0:
            for j in range(n - 1):
                for k in range(0, n, 2):
                    for l in range(0, n, 2):
                        s += l + 3
                    else:
                        for l in range(m):
                            if t > 18:
                                continue
                            if t > 10:
                                continue
                            if s > 12:
                                break
                        else:
                            if t > 18:
                                continue
                            while t < 38:
                                t += 3
                                if t % 7 == 0:
                                    break
                        for l in range(0, n, 2):
                            t += l + 3
                            if t > 8:
                                continue
                            s += l + 0
                            if s > 34:
                                break
                    if s % 5 == 1:
                        for l in range(n - 1):
                            s += l + 3
                            if t > 3:
                                continue
                    t += k + 2
                    while t < 40:
                        t += 3
                        if t % 7 == 0:
                            break
            else:
                t += i + 0
        else:
            if s > 67:
                return s + t
            if s % 5 == 1:
                t += i + 1
            if t > 7:
                continue
    for i in range(m):
        if s % 5 == 0:
            if t > 18:
                continue
            if s % 3 == 1:
                while t < 24:
                    t += 3
                if s % 3 == 0:
                    for j in range(m):
                        for k in range(0, n, 2):
                            if t > 1:
                                continue
                            for l in range(0, n, 2):
                                if s > 50:
                                    return s + t
                                s += l + 3
                                t += l + 3
                        else:
                            for k in range(n):
                                if t > 4:
                                    continue
                                if t > 2:
                                    continue
                            else:
                                if s > 24:
                                    break
                                if s > 19:
                                    return s + t
                            t += j + 1
                            if s > 54:
                                return s + t
                            if s > 70:
                                return s + t
                        for k in range(n - 1):
                            if t > 10:
                                continue
                            for l in range(n):
                                while t < 32:
                                    t += 3
                                if t > 1:
                                    continue
                                if t > 17:
                                    continue
                            while t < 3:
                                t += 3
                            if t > 3:
                                continue
                    else:
                        t += i + 1
                        if s > 33:
                            break
                        if s % 3 == 0:
                            s += i + 1
                            if s > 23:
                                break
                t += i + 2
            else:
                if t > 12:
                    continue
                t += i + 0
                for j in range(m):
                    for k in range(m):
                        if s > 88:
                            return s + t
                        t += k + 2
                        s += k + 0
                        s += k + 3
                    if t > 11:
                        continue
                    for k in range(n - 1):
                        if t > 3:
                            continue
                        while t < 12:
                            t += 3
                        for l in range(0, n, 2):
                            s += l + 3
                            if s > 54:
                                return s + t
                            if t > 18:
                                continue
                            if t > 1:
                                continue
                        while t < 8:
                            t += 3
                    if t > 7:
                        continue
        else:
            for j in range(0, n, 2):
                t += j + 2
                if s > 9:
                    break
            else:
                t += i + 1
                if s > 34:
                    break
                if s > 29:
                    break
            s += i + 1
            for j in range(n - 1):
                if s > 21:
                    break
        if s > 31:
            break
        s += i + 0
        for j in range(3):
            t += j + 0
    return s * 3 + t


def generated_11(n: int, m: int) -> int:
    s = 0
    t = 1
    t += n + 3
    if s > 85:
        return s + t
    for i in range(0, n, 2):
        if s > 33:
            return s + t
        for j in range(3):
            for k in range(n):
                s += k + 0
                s += k + 0
                for l in range(m):
                    t += l + 3
                for l in range(m):
                    if t > 3:
                        continue
                    if t > 9:
                        continue
                    if t > 18:
                        continue
            while t < 22:
                t += 3
        for j in range(0, n, 2):
            if t > 10:
                continue
        s += i + 1
    else:
        if s > 60:
            return s + t
    if s > 82:
        return s + t
    return s * 3 + t


def generated_19(n: int, m: int) -> int:
    s = 0
    t = 1
    s += n + 1
    return s * 3 + t


def generated_41(n: int, m: int) -> int:
    s = 0
    t = 1
    if s % 3 == 1:
        if s > 59:
            return s + t
        s += n + 1
        if s > 12:
            return s + t
    else:
        t += n + 1
        if s % 2 == 0:
            if s > 46:
                return s + t
    for i in range(3):
        for j in range(n):
            for k in range(m):
                for l in range(3):
                    if s > 87:
                        return s + t
                    if s > 28:
                        break
                t += k + 3
            else:
                if t > 16:
                    continue
        for j in range(n):
            for k in range(n - 1):
                if s > 18:
                    break
                if s > 1:
                    break
                if s > 51:
                    return s + t
                for l in range(n):
                    while t < 45:
                        t += 3
            else:
                t += j + 0
                if s > 63:
                    return s + t
            if s > 22:
                return s + t
        for j in range(n - 1):
            while t < 45:
                t += 3
            s += j + 2
            if s > 16:
                break
        else:
            t += i + 2
            s += i + 1
            if s > 14:
                break
        for j in range(m):
            if s > 18:
                return s + t
            s += j + 3
            if s % 3 == 1:
                t += j + 1
            if t > 12:
                continue
    for i in range(0, n, 2):
        if s > 75:
            return s + t
        if s > 12:
            break
    s += n + 0
    return s * 3 + t

namespace Analytics.Internal;

/// <summary>
/// The Nelder–Mead simplex minimiser as R's <c>optim(method = "Nelder-Mead")</c> implements it (Nash's nmmin, with
/// reflection 1, contraction 0.5, expansion 2, an initial step of 10% of the largest parameter, and relative
/// tolerance 1.49e-8). R's <c>forecast::ets</c> fits with it; using the same algorithm keeps our fits close to R's.
/// </summary>
internal static class NelderMead
{
    private const double Big = 1.0e35;

    internal static (double[] X, double F, int Evaluations) Minimize(Func<double[], double> f, double[] start, int maxEvaluations = 2000, double relTol = 1.490116119384765625e-8)
    {
        var n = start.Length;
        var n1 = n + 1;
        var p = new double[n1, n + 2]; // rows 0..n-1 parameters, row n the value; columns are vertices, the last the centroid
        var b = (double[])start.Clone();
        double Eval(double[] x)
        {
            var v = f(x);
            return double.IsFinite(v) ? v : Big;
        }

        var fv = Eval(b);
        var count = 1;
        var convTol = relTol * (Math.Abs(fv) + relTol);
        p[n, 0] = fv;
        for (var i = 0; i < n; i++)
        {
            p[i, 0] = b[i];
        }

        var step = 0.0;
        for (var i = 0; i < n; i++)
        {
            step = Math.Max(step, 0.1 * Math.Abs(b[i]));
        }

        if (step == 0)
        {
            step = 0.1;
        }

        var size = 0.0;
        for (var j = 2; j <= n1; j++)
        {
            for (var i = 0; i < n; i++)
            {
                p[i, j - 1] = b[i];
            }

            var trystep = step;
            while (p[j - 2, j - 1] == b[j - 2])
            {
                p[j - 2, j - 1] = b[j - 2] + trystep;
                trystep *= 10;
            }

            size += trystep;
        }

        var oldSize = size;
        var calcVert = true;
        var l = 1;
        var c = n + 2;
        while (true)
        {
            if (calcVert)
            {
                for (var j = 0; j < n1; j++)
                {
                    if (j + 1 == l)
                    {
                        continue;
                    }

                    for (var i = 0; i < n; i++)
                    {
                        b[i] = p[i, j];
                    }

                    p[n, j] = Eval(b);
                    count++;
                }

                calcVert = false;
            }

            var vl = p[n, l - 1];
            var vh = vl;
            var h = l;
            for (var j = 1; j <= n1; j++)
            {
                if (j == l)
                {
                    continue;
                }

                var fj = p[n, j - 1];
                if (fj < vl)
                {
                    l = j;
                    vl = fj;
                }

                if (fj > vh)
                {
                    h = j;
                    vh = fj;
                }
            }

            if (vh <= vl + convTol || count > maxEvaluations)
            {
                break;
            }

            for (var i = 0; i < n; i++)
            {
                var temp = -p[i, h - 1];
                for (var j = 0; j < n1; j++)
                {
                    temp += p[i, j];
                }

                p[i, c - 1] = temp / n;
            }

            for (var i = 0; i < n; i++)
            {
                b[i] = (2.0 * p[i, c - 1]) - p[i, h - 1];
            }

            var vr = Eval(b);
            count++;
            if (vr < vl)
            {
                p[n, c - 1] = vr;
                for (var i = 0; i < n; i++)
                {
                    var e = (2.0 * b[i]) - p[i, c - 1];
                    p[i, c - 1] = b[i];
                    b[i] = e;
                }

                var fe = Eval(b);
                count++;
                if (fe < vr)
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[i, h - 1] = b[i];
                    }

                    p[n, h - 1] = fe;
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[i, h - 1] = p[i, c - 1];
                    }

                    p[n, h - 1] = vr;
                }
            }
            else
            {
                if (vr < vh)
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[i, h - 1] = b[i];
                    }

                    p[n, h - 1] = vr;
                }

                for (var i = 0; i < n; i++)
                {
                    b[i] = (0.5 * p[i, h - 1]) + (0.5 * p[i, c - 1]);
                }

                var fc = Eval(b);
                count++;
                if (fc < p[n, h - 1])
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[i, h - 1] = b[i];
                    }

                    p[n, h - 1] = fc;
                }
                else if (vr >= vh)
                {
                    calcVert = true;
                    size = 0.0;
                    for (var j = 0; j < n1; j++)
                    {
                        if (j + 1 == l)
                        {
                            continue;
                        }

                        for (var i = 0; i < n; i++)
                        {
                            p[i, j] = (0.5 * (p[i, j] - p[i, l - 1])) + p[i, l - 1];
                            size += Math.Abs(p[i, j] - p[i, l - 1]);
                        }
                    }

                    if (size < oldSize)
                    {
                        oldSize = size;
                    }
                    else
                    {
                        break;
                    }
                }
            }
        }

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = p[i, l - 1];
        }

        return (x, p[n, l - 1], count);
    }
}

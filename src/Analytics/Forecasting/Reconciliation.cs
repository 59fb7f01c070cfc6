using Analytics.Internal;
using MathNet.Numerics.LinearAlgebra;

namespace Analytics.Forecasting;

/// <summary>
/// Reconciles the forecasts of a hierarchy (a total and its sectors, exports and their commodities, continents and
/// countries) so that every node's forecast equals the sum of its children's: ỹ = S (S′W⁻¹S)⁻¹ S′W⁻¹ ŷ, where S maps
/// the bottom series to every node (Wickramasuriya, Athanasopoulos and Hyndman, JASA 2019).
/// </summary>
public static class Reconciliation
{
    /// <summary>Reconciles point forecasts.</summary>
    /// <param name="parents">For each node, the index of its parent, or −1 for the top. Nodes without children are the bottom series.</param>
    /// <param name="forecasts">For each node, its base forecast of each step (all of the same horizon).</param>
    /// <param name="method">The reconciliation method.</param>
    /// <returns>For each node, the reconciled forecast of each step; a parent's equals the sum of its children's.</returns>
    /// <exception cref="ArgumentException">The parents do not form a tree, or the forecasts differ in length.</exception>
    public static double[][] Reconcile(IReadOnlyList<int> parents, IReadOnlyList<IReadOnlyList<double>> forecasts, ReconciliationMethod method)
    {
        Preconditions.CheckNotNull(parents);
        Preconditions.CheckNotNull(forecasts);
        var n = parents.Count;
        Preconditions.CheckArgument(n > 0 && forecasts.Count == n, nameof(forecasts), "Give one forecast per node of the hierarchy.");
        var horizon = forecasts[0].Count;
        Preconditions.CheckArgument(forecasts.All(f => f.Count == horizon), nameof(forecasts), "Every node's forecast must have the same horizon.");
        var leaves = Enumerable.Range(0, n).Where(i => !parents.Contains(i)).ToList();
        var s = Matrix<double>.Build.Dense(n, leaves.Count);
        for (var j = 0; j < leaves.Count; j++)
        {
            var guard = 0;
            for (var node = leaves[j]; node >= 0; node = parents[node])
            {
                Preconditions.CheckArgument(node < n && ++guard <= n, nameof(parents), "The parents must form a tree: each index −1 or another node's index, without cycles.");
                s[node, j] = 1;
            }
        }

        var result = new double[n][];
        for (var i = 0; i < n; i++)
        {
            result[i] = new double[horizon];
        }

        Matrix<double> projection;
        if (method == ReconciliationMethod.BottomUp)
        {
            projection = Matrix<double>.Build.Dense(leaves.Count, n);
            for (var j = 0; j < leaves.Count; j++)
            {
                projection[j, leaves[j]] = 1;
            }
        }
        else
        {
            var wInv = Matrix<double>.Build.Diagonal(n, n, i => method == ReconciliationMethod.Ols ? 1.0 : 1.0 / s.Row(i).Sum());
            var st = s.Transpose();
            projection = (st * wInv * s).Inverse() * st * wInv;
        }

        var map = s * projection;
        for (var h = 0; h < horizon; h++)
        {
            var yhat = Vector<double>.Build.Dense(n, i => forecasts[i][h]);
            var reconciled = map * yhat;
            for (var i = 0; i < n; i++)
            {
                result[i][h] = reconciled[i];
            }
        }

        return result;
    }
}

using System.Globalization;

namespace Analytics.Tests;

/// <summary>The culture leg really runs under the culture it names (a leg that silently ran invariant would prove nothing).</summary>
public class TestCultureTests
{
    [Fact]
    public void CurrentCulture_IsTheOneTheEnvironmentNames()
    {
        var name = Environment.GetEnvironmentVariable(TestCulture.Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var expected = name.Trim().Equals("invariant", StringComparison.OrdinalIgnoreCase) ? string.Empty : name.Trim();
        Assert.Equal(expected, CultureInfo.CurrentCulture.Name);
        Assert.Equal(expected, CultureInfo.CurrentUICulture.Name);
        if (expected == "vi-VN")
        {
            Assert.Equal("1.234,5", 1234.5.ToString("N1", CultureInfo.CurrentCulture));
        }
    }
}

namespace Analytics.Growth;

/// <summary>Plain-English explanations of <see cref="MissingReason"/> values, for messages and output notes.</summary>
public static class MissingReasonText
{
    /// <summary>Explains why a figure is missing.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>A short phrase, e.g. "the comparison period has no value".</returns>
    public static string Describe(this MissingReason reason) => reason switch
    {
        MissingReason.None => "not missing",
        MissingReason.NoData => "the period has no value and the source states no rate",
        MissingReason.BaseMissing => "the comparison period has no value and the source states no rate",
        MissingReason.ZeroBase => "the comparison value is zero",
        MissingReason.NegativeBase => "the comparison value is negative",
        MissingReason.IncompleteCumulation => "a month since January is missing",
        MissingReason.ImpossibleRate => "the stated rate is -100% or less",
        MissingReason.BoundOnly => "the source states only a bound",
        MissingReason.NotApplicable => "does not apply to this kind of indicator or period",
        _ => reason.ToString(),
    };

    /// <summary>Explains why a figure is missing, in Vietnamese for a <c>vi</c> culture and in English otherwise.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture whose language to use.</param>
    /// <returns>A short phrase.</returns>
    public static string DescribeIn(this MissingReason reason, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (culture.TwoLetterISOLanguageName != "vi")
        {
            return reason.Describe();
        }

        return reason switch
        {
            MissingReason.NoData => "kỳ này không có số liệu và nguồn không nêu tốc độ",
            MissingReason.BaseMissing => "kỳ so sánh không có số liệu và nguồn không nêu tốc độ",
            MissingReason.ZeroBase => "số liệu kỳ so sánh bằng 0",
            MissingReason.NegativeBase => "số liệu kỳ so sánh âm",
            MissingReason.IncompleteCumulation => "thiếu số liệu một tháng kể từ tháng 1",
            MissingReason.ImpossibleRate => "tốc độ nêu ra từ -100% trở xuống",
            MissingReason.BoundOnly => "nguồn chỉ nêu một ngưỡng",
            MissingReason.NotApplicable => "không áp dụng cho loại chỉ tiêu hoặc kỳ này",
            _ => reason.Describe(),
        };
    }
}

namespace Analytics.Io;

/// <summary>The columns of a Biểu sheet of the input workbook, in the order the writer puts them.</summary>
internal enum InputColumn
{
    /// <summary>"Chỉ tiêu": the row's label, as the province names it.</summary>
    Label,

    /// <summary>"Đơn vị tính".</summary>
    Unit,

    /// <summary>"Thực hiện tháng trước": the previous month, revised.</summary>
    Previous,

    /// <summary>"Ước tính tháng này": this month's estimate.</summary>
    Month,

    /// <summary>"Cộng dồn từ đầu năm": January to this month.</summary>
    Cumulative,

    /// <summary>This month against the previous month, percent.</summary>
    MonthOnMonth,

    /// <summary>This month against the same month of last year, percent.</summary>
    YearOnYear,

    /// <summary>The cumulative figure against the same months of last year, percent.</summary>
    CumulativeYearOnYear,

    /// <summary>The cumulative figure's share of its parent or total, percent.</summary>
    Share,

    /// <summary>"Ghi chú": a remark the report carries.</summary>
    Note,

    /// <summary>"Trạng thái tháng trước": the status of the previous month's figure (sơ bộ or chính thức).</summary>
    PreviousStatus,

    /// <summary>Hidden key: the indicator code.</summary>
    Indicator,

    /// <summary>Hidden key: the breakdown member (empty for the total).</summary>
    Breakdown,

    /// <summary>Hidden key: the dimension.</summary>
    Dimension,

    /// <summary>Hidden key: the parent member.</summary>
    Parent,

    /// <summary>Hidden: the source of the figures.</summary>
    Source,

    /// <summary>Hidden: the unit the earlier months are in.</summary>
    UnitKey,

    /// <summary>Hidden: the status of this month's figure.</summary>
    MonthStatus,

    /// <summary>Hidden: the status of the cumulative figure.</summary>
    CumulativeStatus,
}

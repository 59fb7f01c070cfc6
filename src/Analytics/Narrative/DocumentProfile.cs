namespace Analytics.Narrative;

/// <summary>
/// Who issues a report and to whom, for the header block and the signature of an administrative document (Decree
/// 30/2020/NĐ-CP): the parent and issuing bodies, the number and symbol, the place, the recipients ("Nơi nhận") and
/// the signer. Read from the <c>document</c> object of a style file; every key is optional, and a report written
/// without a profile has no header block.
/// </summary>
public sealed record DocumentProfile
{
    /// <summary>Gets the body the issuer belongs to, as printed above it ("UBND TỈNH THÁI BÌNH"), or empty.</summary>
    public string ParentBody { get; init; } = string.Empty;

    /// <summary>Gets the issuing body ("SỞ CÔNG THƯƠNG"), or empty when the report has no header block.</summary>
    public string IssuingBody { get; init; } = string.Empty;

    /// <summary>Gets the document's number, or empty to leave it blank for the clerk ("Số:      /BC-SCT").</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>Gets the symbol after the number ("BC-SCT": a report, Sở Công Thương).</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>Gets the place written before the date ("Thái Bình").</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>Gets the day of the date, or null to leave it blank for the signer ("ngày      tháng 9 năm 2023").</summary>
    public int? Day { get; init; }

    /// <summary>Gets the name of the issuer in the closing sentence ("Sở Công Thương"), or empty for no closing sentence.</summary>
    public string IssuerName { get; init; } = string.Empty;

    /// <summary>Gets the recipients listed under "Nơi nhận:", each a line ("Bộ Công Thương", "Lưu: VT, KHTCTH").</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Gets the authority the signer signs with, when not their own ("KT. GIÁM ĐỐC"), or empty.</summary>
    public string SignerAuthority { get; init; } = string.Empty;

    /// <summary>Gets the signer's title ("GIÁM ĐỐC").</summary>
    public string SignerTitle { get; init; } = string.Empty;

    /// <summary>Gets the signer's full name ("Trần Huy Quân").</summary>
    public string SignerName { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the profile names an issuing body, so that a header block is written.</summary>
    public bool HasHeader => IssuingBody.Length > 0;

    /// <summary>Gets a value indicating whether the profile has recipients or a signer, so that a signature block is written.</summary>
    public bool HasSignature => Recipients.Count > 0 || SignerTitle.Length > 0 || SignerName.Length > 0;
}

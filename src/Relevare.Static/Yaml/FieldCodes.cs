namespace Relevare.Static.Yaml;

/// <summary>The diagnostic codes a file's field mistakes are reported with.</summary>
/// <param name="Invalid">A value of the wrong type or shape.</param>
/// <param name="Unknown">A key the file does not have.</param>
/// <param name="Missing">A required key that is absent.</param>
internal sealed record FieldCodes(string Invalid, string Unknown, string Missing)
{
    /// <summary>One code for every mistake (data files written by one tool or kept by editors).</summary>
    public FieldCodes(string code)
        : this(code, code, code)
    {
    }
}

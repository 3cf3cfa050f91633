namespace Relevare.Static.Checks;

/// <summary>A page's <c>&lt;!doctype&gt;</c>: its name and identifiers, as the DOM's <c>DocumentType</c> gives them.</summary>
/// <param name="Name">The name (<c>html</c>), as written, lower-cased by the parser.</param>
/// <param name="PublicId">The public identifier, or empty.</param>
/// <param name="SystemId">The system identifier, or empty.</param>
internal sealed record PageDoctype(string Name, string PublicId, string SystemId);

/// <summary>The rendering mode a page's doctype puts browsers in (HTML's "quirks mode" of a document).</summary>
internal enum PageQuirksMode
{
    /// <summary>Standards mode: <c>&lt;!doctype html&gt;</c>.</summary>
    Off,

    /// <summary>Limited-quirks mode (some transitional doctypes).</summary>
    Limited,

    /// <summary>Quirks mode: no doctype, or an obsolete one.</summary>
    Quirks,
}

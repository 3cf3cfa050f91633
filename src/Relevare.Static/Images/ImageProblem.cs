namespace Relevare.Static.Images;

/// <summary>Why an image cannot be published, as a diagnostic reports it at each Markdown line that uses it.</summary>
/// <param name="Code">The diagnostic code (RS09xx).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
internal sealed record ImageProblem(string Code, string Message, string Hint);

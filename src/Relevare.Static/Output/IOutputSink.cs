namespace Relevare.Static.Output;

/// <summary>
/// Where a build puts its files as soon as they are final, instead of holding them all in
/// <see cref="BuildResult.Files"/>: a content page as soon as it is rendered and checked, everything else (assets,
/// images, what publishing adds) once the whole build has succeeded. The command line writes them into a staging
/// folder that only a successful build swaps in; a build with errors may already have handed over some pages, which
/// the caller then throws away with the staging folder.
/// </summary>
public interface IOutputSink
{
    /// <summary>
    /// Takes one file of the site. Called from several threads at once (pages are rendered in parallel); never twice
    /// with the same path (the site model reports colliding output paths before anything is rendered). An
    /// implementation that cannot write (a full disk) remembers why and tells its caller after the build, rather
    /// than failing the page that happened to be written.
    /// </summary>
    void Write(OutputFile file);

    /// <summary>
    /// Takes a content page's file whose bytes are lent by the build from <paramref name="buffers"/>: nothing else
    /// reads them, and a sink that gives them back (<see cref="OutputBuffers.Return"/>) once it has written them (or
    /// failed to, or was abandoned) spares the build an array per page. By default the file is written like any other
    /// and its bytes are kept, which is always safe: what is not given back is collected as usual.
    /// </summary>
    void Write(OutputFile file, OutputBuffers buffers) => Write(file);
}

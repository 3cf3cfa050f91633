using System.Diagnostics;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Serve;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "example.com", "is not an IP address")]
    [InlineData("--port", "70000", "is not a port number")]
    [InlineData("--port", "-1", "is not a port number")]
    public void Invalid_options_are_usage_errors(string option, string value, string message)
    {
        var run = CliRunner.Run("serve", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_folder_is_a_usage_error()
    {
        var run = CliRunner.Run("serve", "--source", Path.Combine(Path.GetTempPath(), "relevare-no-such-folder"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_inside_the_sources_is_refused()
    {
        using var site = new SiteFolder(Serving.Site);

        var run = CliRunner.Run("serve", "--source", site.Root, "--output", site.PathOf("content/out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is inside content/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var run = CliRunner.Run("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--source", "--port", "--host", "--drafts", "--output" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    // The real command in its own process: starts on a free port, serves, and stops cleanly on SIGTERM.
    [Fact]
    public async Task The_relevare_process_serves_on_loopback_and_stops_on_a_termination_signal()
    {
        using var site = new SiteFolder(Serving.Site);
        using var server = Start("serve", "--source", site.Root, "--port", "0");
        var url = await ReadUrl(server);

        Assert.StartsWith("http://127.0.0.1:", url.AbsoluteUri, StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = Serving.Patience };
        Assert.Contains("About us.", await client.GetStringAsync(new Uri(url, "/about/")), StringComparison.Ordinal);

        await Stop(server);
        Assert.Equal(0, server.ExitCode);
        Assert.Empty(await server.StandardError.ReadToEndAsync());
    }

    [Fact]
    public async Task Listening_beyond_loopback_prints_a_warning()
    {
        using var site = new SiteFolder(Serving.Site);
        using var server = Start("serve", "--source", site.Root, "--port", "0", "--host", "0.0.0.0");
        var url = await ReadUrl(server);
        await Stop(server);

        Assert.StartsWith("http://127.0.0.1:", url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("warning: listening on 0.0.0.0: other computers", await server.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        // The relevare executable is copied next to the tests (the project references the CLI).
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "relevare.exe" : "relevare");
        var start = new ProcessStartInfo(executable, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        return Process.Start(start)!;
    }

    private static async Task<Uri> ReadUrl(Process server)
    {
        using var timeout = new CancellationTokenSource(Serving.Patience);
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving http://", StringComparison.Ordinal))
            {
                return new Uri(line.Split(' ')[1]);
            }
        }

        Assert.Fail("relevare serve ended without serving: " + await server.StandardError.ReadToEndAsync());
        throw new InvalidOperationException();
    }

    private static async Task Stop(Process server)
    {
        if (OperatingSystem.IsWindows())
        {
            server.Kill();
        }
        else
        {
            using var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(Serving.Patience);
        await server.WaitForExitAsync(timeout.Token);
    }
}

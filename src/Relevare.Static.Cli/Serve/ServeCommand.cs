using System.CommandLine;
using System.Net;

namespace Relevare.Static.Cli.Serve;

/// <summary><c>relevare serve</c>: build, serve on loopback, rebuild on change, reload open pages.</summary>
internal sealed class ServeCommand
{
    private readonly Option<DirectoryInfo> _source = new("--source", "-s")
    {
        Description = "The site's folder (holding site.yml, content/, templates/, assets/).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    private readonly Option<int> _port = new("--port", "-p")
    {
        Description = "The port to listen on; 0 picks a free one.",
        DefaultValueFactory = _ => 8080,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port <= 65535)
            {
                return port;
            }

            result.AddError($"--port '{text}' is not a port number (0 to 65535)");
            return 0;
        },
    };

    private readonly Option<string> _host = new("--host")
    {
        Description = "The IP address to listen on. Anything but a loopback address makes the site (drafts included) reachable from other computers.",
        DefaultValueFactory = _ => "127.0.0.1",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (text == "localhost" || IPAddress.TryParse(text, out _))
            {
                return text;
            }

            result.AddError($"--host '{text}' is not an IP address (e.g. 127.0.0.1, ::1, or 0.0.0.0 for every interface)");
            return "127.0.0.1";
        },
    };

    private readonly Option<bool> _drafts = new("--drafts") { Description = "Also build pages marked 'draft: true'." };

    private readonly Option<DirectoryInfo?> _output = new("--output", "-o")
    {
        Description = "Also keep this folder up to date with the built site, writing only the files that change [default: serve from memory only].",
    };

    private readonly Option<DateOnly?> _today = CliOptions.Today();

    private readonly CliEnvironment _environment;

    public ServeCommand(CliEnvironment environment) => _environment = environment;

    public Command Create()
    {
        var command = new Command("serve", "Build the site, serve it on this computer, and rebuild and reload pages in the browser when files change.")
        {
            _source, _port, _host, _drafts, _output, _today,
        };
        command.SetAction((parse, cancel) => RunAsync(parse, cancel));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var (stdout, stderr) = (_environment.Out, _environment.Error);
        var source = parse.GetValue(_source)!.FullName.TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(source))
        {
            stderr.WriteLine($"error: the source folder '{source}' does not exist (pass --source DIR)");
            return ExitCodes.Usage;
        }

        var host = parse.GetValue(_host)!;
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
        if (!IPAddress.IsLoopback(address))
        {
            stderr.WriteLine($"warning: listening on {host}: other computers that can reach this one can read the site being edited, drafts included");
            stderr.WriteLine("  hint: leave out --host to serve on this computer only (127.0.0.1)");
        }

        var output = parse.GetValue(_output)?.FullName.TrimEnd(Path.DirectorySeparatorChar);
        OutputLock? outputLock = null;
        if (output is not null)
        {
            if (BuildCommand.OutputProblem(source, output) is { } problem)
            {
                stderr.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }

            outputLock = OutputLock.TryAcquire(output);
            if (outputLock is null)
            {
                stderr.WriteLine($"error: another relevare build is writing {output}; wait for it to finish");
                return ExitCodes.Usage;
            }

            var leftovers = OutputLeftovers.Remove(output);
            foreach (var folder in leftovers.Removed)
            {
                stdout.WriteLine($"Removed {folder}, left by an interrupted build");
            }

            foreach (var failure in leftovers.Failed)
            {
                stderr.WriteLine($"warning: could not remove a folder left by an interrupted build: {failure}");
            }
        }

        var options = new ServeOptions(source, address, host, parse.GetValue(_port), parse.GetValue(_drafts), output)
        {
            Today = parse.GetValue(_today),
            Clock = _environment.Clock,
        };
        ServeSession session;
        try
        {
            session = await ServeSession.StartAsync(options, stdout, outputLock, cancel);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException (AddressInUseException).
            stderr.WriteLine($"error: cannot listen on {host} port {options.Port}: {e.Message}");
            stderr.WriteLine("  hint: pass another --port, or --port 0 for any free port");
            return ExitCodes.Usage;
        }

        await using (session)
        {
            // Listening on every interface: show an address this computer's browser can open.
            var url = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
                ? new UriBuilder(session.Url) { Host = "127.0.0.1" }.Uri
                : session.Url;
            stdout.WriteLine($"Serving {url} — edit and save, open pages reload; press Ctrl+C to stop");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the normal way to stop.
            }
        }

        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}

using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Relevare.Static.Tests.Workflow;

/// <summary>
/// The example GitHub workflow (.github/workflows/) is valid by GitHub's schema, checked with the validator pinned in
/// package.json (@action-validator/cli, installed by build.ps1 test's npm ci), and its steps do what it promises
/// without GitHub: no Debian package name on Ubuntu, caches for NuGet and npm, the installed tool for the site, a
/// publish step that refuses clearly without its secrets. .ci/workflow-steps.ps1 runs every step in order.
/// </summary>
public sealed class WorkflowTests
{
    private static string WorkflowFolder => Path.Combine(RepositoryPaths.RepositoryRoot, ".github", "workflows");

    private static string Validator => Path.Combine(RepositoryPaths.RepositoryRoot, "node_modules", "@action-validator", "cli", "cli.mjs");

    public static TheoryData<string> Workflows() =>
        new(Directory.GetFiles(WorkflowFolder, "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_workflow_passes_the_pinned_validator(string workflow)
    {
        var (exitCode, output) = Validate(Path.Combine(WorkflowFolder, workflow));

        Assert.True(exitCode == 0, $"action-validator rejected .github/workflows/{workflow}:\n{output}");
    }

    [Fact]
    public void The_validator_rejects_a_workflow_with_a_misspelt_key()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"relevare-broken-workflow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(WorkflowFolder, "publish.yml")).Replace("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04", StringComparison.Ordinal));
        try
        {
            var (exitCode, output) = Validate(broken);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("runs_on", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void The_validator_is_pinned_exactly_in_package_json_and_the_lock_file()
    {
        var root = RepositoryPaths.RepositoryRoot;
        Assert.Contains("\"@action-validator/cli\": \"0.6.0\"", File.ReadAllText(Path.Combine(root, "package.json")), StringComparison.Ordinal);
        Assert.Contains("\"node_modules/@action-validator/cli\": {\n      \"version\": \"0.6.0\"", File.ReadAllText(Path.Combine(root, "package-lock.json")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_finds_the_runners_Chrome_and_never_installs_Debians_chromium_package()
    {
        var runs = string.Join('\n', Steps().Select(s => s.Run).OfType<string>());

        Assert.DoesNotContain("apt-get", runs, StringComparison.Ordinal);
        Assert.Contains("/usr/bin/google-chrome", runs, StringComparison.Ordinal);
        Assert.Contains("CHROME_PATH=$browser\" >> \"$GITHUB_ENV\"", runs, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_caches_NuGet_and_npm_and_builds_the_site_with_the_installed_tool()
    {
        var steps = Steps();

        Assert.Contains(steps, s => s.Uses?.StartsWith("actions/cache@", StringComparison.Ordinal) == true && s.With.GetValueOrDefault("path") == "~/.nuget/packages");
        Assert.Contains(steps, s => s.Uses?.StartsWith("actions/setup-node@", StringComparison.Ordinal) == true && s.With.GetValueOrDefault("cache") == "npm");
        var install = Array.FindIndex(steps, s => s.Run?.Contains("dotnet tool install Relevare.Static.Cli", StringComparison.Ordinal) == true);
        var build = Array.FindIndex(steps, s => s.Run?.StartsWith("relevare build --strict", StringComparison.Ordinal) == true);
        Assert.True(install >= 0 && build > install, "the site is built with 'relevare build --strict' after the tool is installed");
        Assert.DoesNotContain(steps, s => s.Run?.Contains("dotnet run", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_publish_step_without_its_secrets_names_what_is_missing_and_fails_without_deploying()
    {
        var step = Assert.Single(Steps(), s => s.Name == "Publish to Cloudflare Pages");
        var folder = Path.Combine(Path.GetTempPath(), "relevare-publish-step", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "_site"));
        File.WriteAllText(Path.Combine(folder, "_site", "index.html"), "<!doctype html><title>x</title>");
        try
        {
            // The secrets as GitHub passes absent ones: empty strings. A deploy attempt would run npx, which is not on this PATH.
            var (exitCode, output) = Bash(step.Run!, folder, new Dictionary<string, string>
            {
                ["CLOUDFLARE_API_TOKEN"] = "",
                ["CLOUDFLARE_ACCOUNT_ID"] = "",
                ["CLOUDFLARE_PROJECT"] = "",
                ["PATH"] = "/usr/bin:/bin",
            });

            Assert.NotEqual(0, exitCode);
            Assert.Contains("not published: missing secret CLOUDFLARE_API_TOKEN, secret CLOUDFLARE_ACCOUNT_ID, variable CLOUDFLARE_PROJECT.", output, StringComparison.Ordinal);
            Assert.Contains("nothing was deployed", output, StringComparison.Ordinal);
            Assert.DoesNotContain("npx", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_run_step_is_one_the_local_runner_executes()
    {
        var runner = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, ".ci", "workflow-steps.ps1"));
        var runSteps = Steps().Where(s => s.Run is not null).ToList();

        Assert.True(runSteps.Count >= 6, $"only {runSteps.Count} run: steps");
        // The runner treats these two steps specially; the others must pass as they are.
        Assert.Contains(runSteps, s => s.Run!.Contains("relevare build --strict", StringComparison.Ordinal));
        Assert.Contains(runSteps, s => s.Run!.Contains("pages deploy", StringComparison.Ordinal));
        Assert.Contains("'relevare build --strict'", runner, StringComparison.Ordinal);
        Assert.Contains("'pages deploy|netlify'", runner, StringComparison.Ordinal);
    }

    private sealed record Step(string Job, string? Name, string? Uses, string? Run, IReadOnlyDictionary<string, string> With);

    private static Step[] Steps(string workflow = "publish.yml")
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(WorkflowFolder, workflow)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = new List<Step>();
        foreach (var (jobName, job) in (YamlMappingNode)root.Children[new YamlScalarNode("jobs")])
        {
            foreach (var node in (YamlSequenceNode)((YamlMappingNode)job).Children[new YamlScalarNode("steps")])
            {
                var step = (YamlMappingNode)node;
                var with = step.Children.TryGetValue(new YamlScalarNode("with"), out var w)
                    ? ((YamlMappingNode)w).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "")
                    : [];
                steps.Add(new Step(((YamlScalarNode)jobName).Value!, Scalar(step, "name"), Scalar(step, "uses"), Scalar(step, "run"), with));
            }
        }

        return [.. steps];
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static (int ExitCode, string Output) Validate(string file)
    {
        Assert.True(File.Exists(Validator), $"{Validator} is missing: run 'npm ci' in the repository root (build.ps1 test does it)");
        return ProcessRunner.RunIn(RepositoryPaths.RepositoryRoot, null, "node", Validator, file);
    }

    private static (int ExitCode, string Output) Bash(string script, string folder, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.RunIn(folder, environment, "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
}

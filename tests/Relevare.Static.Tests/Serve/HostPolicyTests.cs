using Relevare.Static.Cli.Serve;

namespace Relevare.Static.Tests.Serve;

public sealed class HostPolicyTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:8080")]
    [InlineData("LocalHost:8080")]
    [InlineData("site.localhost:8080")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("192.168.1.20:8080")]
    [InlineData("[::1]:8080")]
    [InlineData("[::1]")]
    public void Loopback_names_and_ip_addresses_are_allowed(string host) =>
        Assert.True(new HostPolicy("127.0.0.1").AllowsHost(host));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io:8080")]
    [InlineData("[::1")]
    public void Other_names_are_refused(string? host) =>
        Assert.False(new HostPolicy("127.0.0.1").AllowsHost(host));

    [Fact]
    public void The_name_given_to_host_is_allowed() =>
        Assert.True(new HostPolicy("localhost").AllowsHost("localhost:1"));

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://evil.example", false)]
    [InlineData("https://127.0.0.1:8080", false)]
    [InlineData("http://127.0.0.1:9090", false)]
    [InlineData("null", false)]
    public void The_event_stream_accepts_only_its_own_origin(string? origin, bool allowed) =>
        Assert.Equal(allowed, HostPolicy.AllowsOrigin(origin, "127.0.0.1:8080"));
}

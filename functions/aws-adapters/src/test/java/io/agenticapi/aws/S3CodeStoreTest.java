package io.agenticapi.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 code store against s3proxy (an S3-compatible server with an in-memory blob store) on 127.0.0.1. */
class S3CodeStoreTest {
    private static final String BUCKET = "agentic-code";
    private static final String IDENTITY = "AKIDS3PROXY";
    private static final String CREDENTIAL = "s3proxy-secret";
    private static S3Proxy proxy;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        TransientNio2BlobStore blobs = new TransientNio2BlobStore();
        blobs.createContainer(BUCKET);
        proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
                .build();
        proxy.start();
        s3 = client(IDENTITY, CREDENTIAL);
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        proxy.stop();
    }

    private static S3Client client(String id, String secret) {
        return AwsClients.s3(new ClientSettings("us-east-1", null, URI.create("http://127.0.0.1:" + proxy.getPort()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret))));
    }

    @Test
    void storesAndReadsBackWithTheContentType() {
        S3CodeStore store = new S3CodeStore(s3, BUCKET);
        String key = "generated/stripe/2026/01/02/20260102T030405Z-abc123.py";
        byte[] code = "import stripe\nprint('hé')\n".getBytes(StandardCharsets.UTF_8);

        store.put(key, code, "text/x-python; charset=utf-8");

        assertThat(store.get(key)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(code));
        HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key(key));
        assertThat(head.contentType()).isEqualTo("text/x-python; charset=utf-8");
        assertThat(head.contentLength()).isEqualTo(code.length);
    }

    @Test
    void overwritesTheSidecar() {
        S3CodeStore store = new S3CodeStore(s3, BUCKET);
        String key = "generated/stripe/2026/01/02/20260102T030405Z-abc123.json";
        store.put(key, "{\"v\":1}".getBytes(StandardCharsets.UTF_8), "application/json");
        store.put(key, "{\"v\":2}".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(store.get(key)).map(b -> new String(b, StandardCharsets.UTF_8)).hasValue("{\"v\":2}");
    }

    @Test
    void aMissingKeyIsEmpty() {
        assertThat(new S3CodeStore(s3, BUCKET).get("generated/stripe/none.py")).isEmpty();
    }

    @Test
    void namesTheBucketAsItsLocation() {
        assertThat(new S3CodeStore(s3, BUCKET).location()).isEqualTo("s3://agentic-code");
        assertThatThrownBy(() -> new S3CodeStore(s3, " ")).hasMessageContaining("AGENTIC_CODE_STORE_BUCKET");
    }

    @Test
    void aMissingBucketIsAClearError() {
        S3CodeStore store = new S3CodeStore(s3, "no-such-bucket");
        assertThatThrownBy(() -> store.put("generated/a.py", new byte[]{1}, "text/x-python"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("s3://no-such-bucket/generated/a.py")
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    void wrongCredentialsAreAnErrorNotAMissingKey() {
        try (S3Client wrong = client(IDENTITY, "not-the-secret")) {
            S3CodeStore store = new S3CodeStore(wrong, BUCKET);
            assertThatThrownBy(() -> store.get("generated/stripe/none.py"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HTTP 403")
                    .hasMessageContaining("SignatureDoesNotMatch");
        }
    }

    /** Without s3:ListBucket, real S3 answers GetObject on a missing key with 403 AccessDenied. */
    @Test
    void accessDeniedOnReadMeansNotThere() {
        WireMockServer fakeS3 = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        fakeS3.start();
        try (S3Client client = AwsClients.s3(new ClientSettings("us-east-1", null,
                URI.create("http://127.0.0.1:" + fakeS3.port()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))))) {
            fakeS3.stubFor(get(urlPathMatching("/agentic-code/.*")).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/xml")
                    .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                            + "<Message>Access Denied</Message><RequestId>R1</RequestId></Error>")));

            assertThat(new S3CodeStore(client, BUCKET).get("generated/stripe/none.py")).isEmpty();
            assertThat(fakeS3.getAllServeEvents()).singleElement().satisfies(e ->
                    assertThat(e.getRequest().getUrl()).isEqualTo("/agentic-code/generated/stripe/none.py"));
        } finally {
            fakeS3.stop();
        }
    }
}

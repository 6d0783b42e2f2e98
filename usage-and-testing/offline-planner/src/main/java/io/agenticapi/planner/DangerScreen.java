package io.agenticapi.planner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots requests meant to harm or probe the host rather than call an API. This is the planner's own first line;
 * the Executor's AST policy and the sandbox still stand behind it.
 * <p>
 * Two passes: {@link #check} reads the raw request for technical markers that never belong in a Stripe request
 * ({@code rm -rf}, {@code /etc/passwd}, {@code os.system}, {@code printenv}); {@link #checkIntent} reads the
 * request with its values (names, quoted text, emails, ids) masked, for harmful intent in plain words ("delete the
 * files", "dump the secrets", "open a socket"). Masking keeps a customer named "Shell" or a product called
 * "Trojan Horse" from being refused: values only ever become escaped string literals.
 */
final class DangerScreen {

    private record Rule(String what, Pattern pattern) {
        Rule(String what, String regex) {
            this(what, Pattern.compile(regex));
        }
    }

    private static final String FILES = "(?:files?(?!\\s*links?\\b)|folders?|director(?:y|ies)|disks?|drives?"
            + "|file\\s*system|home\\s+dir\\w*|hard\\s*drive)";

    private static final List<Rule> TECHNICAL = List.of(
            new Rule("deletes or damages files on the host",
                    "\\brm\\s+-[a-z]*[rf]|\\brmdir\\b|\\bmkfs\\b|\\bdel\\s+/[sq]\\b|\\bformat\\s+c:"),
            new Rule("reaches for files or secrets on the host",
                    "/etc/(?:passwd|shadow|hosts|sudoers|ssh)|~/|\\.ssh\\b|\\bid_rsa\\b|\\.aws/|/proc/|"
                            + "(?:^|\\s)\\.env\\b|(?:^|\\s)(?!/v1/)(?:/[a-z0-9._-]+){2,}"),
            new Rule("dumps environment variables or secrets",
                    "\\b(?:environment\\s+variables?|env\\s+vars?|os\\.environ|printenv|getenv|stripe_api_key)\\b"
                            + "|\\bsk_(?:test|live)_"),
            new Rule("runs shell commands or processes on the host",
                    "\\b(?:subprocess|os\\.system|os\\.popen|popen|cmd\\.exe|powershell|crontab|systemctl|killall"
                            + "|pkill)\\b|\\bkill\\s+-9\\b|\\bsudo\\s|\\bchmod\\s|\\bchown\\s|\\b(?:pip|npm)\\s+install\\b"
                            + "|\\bapt(?:-get)?\\s+install\\b"),
            new Rule("opens network connections outside the Stripe API",
                    "\\breverse\\s+shell\\b|\\bbind\\s+shell\\b|\\bnetcat\\b|\\bnc\\s+-[a-z]|\\bnmap\\b|\\bwget\\s"
                            + "|\\bcurl\\s+(?:-|https?:)"),
            new Rule("tries to exhaust the host (fork bomb, endless loop, crypto mining)",
                    "\\bfork\\s*bomb\\b|:\\(\\)\\s*\\{|\\bwhile\\s+true\\b|\\bwhile\\s+1\\s*:"),
            new Rule("contains code meant to run on the host",
                    "\\bimport\\s+(?:os|sys|subprocess|socket|shutil|ctypes|pathlib)\\b|\\b(?:eval|exec|compile|"
                            + "__import__)\\s*\\(|\\bopen\\s*\\(\\s*['\"]|__[a-z]+__"));

    private static final List<Rule> INTENT = List.of(
            new Rule("deletes or damages files on the host",
                    "\\b(?:delete|remove|erase|wipe|destroy|overwrite|trash|encrypt|corrupt|shred|format)\\b[^.;]{0,40}"
                            + "\\b" + FILES + "\\b"),
            new Rule("reaches for files or secrets on the host",
                    "\\b(?:read|open|cat|dump|leak|exfiltrate|copy|steal|list)\\b[^.;]{0,30}\\b(?:local|system|"
                            + "server|host|hidden|config(?:uration)?|log)\\s+" + FILES + "\\b|\\b(?:read|cat|dump|leak|"
                            + "exfiltrate|steal)\\b[^.;]{0,30}\\b" + FILES + "\\b|\\bfiles?\\s+(?:on|from|in)\\s+(?:the"
                            + "|this|your|my)\\s+(?:disk|server|machine|host|computer|system|sandbox|container)"),
            new Rule("dumps environment variables or secrets",
                    "\\b(?:print|dump|show|list|read|reveal|leak|send|display|output|get|expose|return|log|tell|"
                            + "give|exfiltrate|steal|what\\s+is|what's)\\b[^.;]{0,40}(?:(?<!client\\s)\\bsecrets?\\b|"
                            + "\\bapi[\\s_-]?keys?\\b|\\bsecret\\s+keys?\\b|\\bcredentials?\\b|\\bpasswords?\\b|"
                            + "\\baws\\b|\\benv(?:ironment)?\\b)"),
            new Rule("runs shell commands or processes on the host",
                    "\\b(?:shell|bash|terminal|system|os)\\s+commands?\\b|\\b(?:run|execute|exec|launch|spawn)\\s+"
                            + "(?:a\\s+|an\\s+|the\\s+|this\\s+|some\\s+|arbitrary\\s+)?(?:shell\\s+|system\\s+|"
                            + "terminal\\s+|os\\s+)?(?:commands?|binar(?:y|ies)|executables?|processe?s?|shell|bash)\\b"
                            + "|\\b(?:reboot|shut\\s*down|restart)\\s+(?:the\\s+)?(?:server|machine|host|computer|system)"
                            + "\\b"),
            new Rule("opens network connections outside the Stripe API",
                    "\\b(?:open|create|make|start)\\s+(?:a\\s+|an\\s+)?(?:tcp\\s+|udp\\s+|raw\\s+|network\\s+)?"
                            + "(?:socket|connection|port)s?\\b|\\bsockets?\\b|\\bport\\s*scan|\\bddos\\b|\\bdos\\s+attack"
                            + "|\\blisten\\s+on\\s+port|\\b(?:http|web|ftp|smtp)\\s+server\\b|\\bdownload\\s+(?:and\\s+"
                            + "(?:run|execute)|a\\s+(?:script|payload|binary|malware))|\\bupload\\b[^.;]{0,40}\\bto\\b"),
            new Rule("tries to exhaust the host (fork bomb, endless loop, crypto mining)",
                    "\\binfinite\\s+loop\\b|\\bsleep\\s+forever\\b|\\b(?:consume|use\\s+up|eat|exhaust|max\\s+out|"
                            + "hog|fill)\\s+(?:all\\s+)?(?:the\\s+)?(?:cpu|memory|ram|disk)\\b|\\b(?:mine|mining|miner)"
                            + "\\b[^.;]{0,30}\\b(?:crypto\\w*|bitcoins?|monero|ethereum|coins?)\\b|\\bcrypto\\s*(?:mining"
                            + "|miner|jack\\w*)\\b"),
            new Rule("asks for malware or an attack",
                    "\\b(?:keylogger|ransomware|malware|virus|trojan|backdoor|rootkit|botnet|spyware|phishing)\\b"
                            + "|\\bhack(?:s|ing|ed)?\\s+(?:into|the|a|my|your|this|their)\\b|\\bexploit(?:s|ing)?\\s+"
                            + "(?:a|an|the|this|that)\\b|\\bbrute[\\s-]*forc\\w*|\\bprivilege\\s+escalation\\b"
                            + "|\\b(?:escape|break\\s+out\\s+of|bypass|disable)\\s+(?:the\\s+)?(?:sandbox|security|"
                            + "firewall|antivirus|policy)\\b"));

    private DangerScreen() {
    }

    /** Technical markers of host access in the raw request. */
    static Optional<String> check(String request) {
        return first(TECHNICAL, request.toLowerCase(Locale.ROOT));
    }

    /** Harmful intent in the request's own words, its values masked. */
    static Optional<String> checkIntent(String maskedLowerCase) {
        return first(INTENT, maskedLowerCase);
    }

    private static Optional<String> first(List<Rule> rules, String text) {
        return rules.stream().filter(rule -> rule.pattern().matcher(text).find()).findFirst()
                .map(rule -> "Refused: this request " + rule.what() + ". The Generator only writes code that calls"
                        + " the Stripe API; the sandbox forbids file, process, network and environment access.");
    }
}

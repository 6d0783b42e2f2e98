package io.agenticapi.planner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots requests meant to harm or probe the host rather than call an API. This is the planner's own first line;
 * the Executor's AST policy and the sandbox still stand behind it.
 */
final class DangerScreen {

    private record Rule(String what, Pattern pattern) {
        Rule(String what, String regex) {
            this(what, Pattern.compile(regex));
        }
    }

    private static final String NOT_FILE_LINK = "(?!\\s*links?\\b)";

    private static final List<Rule> RULES = List.of(
            new Rule("deletes or damages files on the host",
                    "\\brm\\s+-[a-z]*[rf]|\\brmdir\\b|\\bshred\\b|\\bmkfs\\b|\\bdel\\s+/[sq]\\b|\\bformat\\s+(?:the\\s+)?"
                            + "(?:disk|drive|hard\\s*drive|c:)|\\b(?:delete|remove|erase|wipe|destroy|overwrite|trash|"
                            + "encrypt|corrupt)\\b[^.;]{0,40}\\b(?:files?" + NOT_FILE_LINK + "|folders?|director(?:y|ies)"
                            + "|disks?|drives?|file\\s*system|home\\s+dir\\w*|hard\\s*drive|everything\\s+on)\\b"),
            new Rule("reaches for files or secrets on the host",
                    "/etc/(?:passwd|shadow|hosts|sudoers|ssh)|~/|\\.ssh\\b|\\bid_rsa\\b|\\.aws/|/proc/|\\.env\\b"
                            + "|\\b(?:read|open|cat|dump|leak|exfiltrate|copy|steal)\\b[^.;]{0,30}\\b(?:files?"
                            + NOT_FILE_LINK + "|director(?:y|ies)|folders?|disk)\\b"
                            + "|\\bfiles?\\s+(?:on|from)\\s+(?:the|this|your|my)\\s+(?:disk|server|machine|host|"
                            + "computer|system|sandbox)|(?:^|\\s)(?:/[a-z0-9._-]+){2,}"),
            new Rule("dumps environment variables or secrets",
                    "\\b(?:environment\\s+variables?|env\\s+vars?|os\\.environ|printenv|getenv)\\b|\\benv\\b\\s*$"
                            + "|\\b(?:print|dump|show|list|read|reveal|leak|send|display|output|get|expose|return|log|"
                            + "tell|give|exfiltrate|steal)\\b[^.;]{0,40}(?:(?<!client\\s)\\bsecrets?\\b|\\bapi[\\s_-]?keys?"
                            + "\\b|\\bsecret\\s+keys?\\b|\\bcredentials?\\b|\\bpasswords?\\b|\\bstripe_api_key\\b|\\bsk_"
                            + "(?:test|live)\\b|\\baws\\b)"),
            new Rule("runs shell commands or processes on the host",
                    "\\b(?:shell|bash|zsh|powershell|cmd\\.exe|subprocess|os\\.system|popen|sudo|chmod|chown|crontab"
                            + "|systemctl|killall|pkill|reboot|shutdown|pip\\s+install|apt(?:-get)?\\s+install|"
                            + "npm\\s+install)\\b|\\bkill\\s+-9\\b|\\b(?:run|execute|exec|launch|spawn|start)\\s+"
                            + "(?:a\\s+|an\\s+|the\\s+|this\\s+|some\\s+|arbitrary\\s+)?(?:system\\s+|terminal\\s+|os\\s+)?"
                            + "(?:commands?|binar(?:y|ies)|executables?|processe?s?)\\b"),
            new Rule("opens network connections outside the Stripe API",
                    "\\bsockets?\\b|\\breverse\\s+shell\\b|\\bbind\\s+shell\\b|\\bnetcat\\b|\\bnc\\s+-|\\bport\\s*scan"
                            + "|\\bnmap\\b|\\bddos\\b|\\bdos\\s+attack\\b|\\bcurl\\b|\\bwget\\b|\\blisten\\s+on\\s+port"
                            + "|\\bopen\\s+(?:a\\s+|an\\s+)?(?:tcp\\s+|udp\\s+|raw\\s+|network\\s+)?(?:connection|port)s?\\b"
                            + "|\\b(?:http|web|ftp|smtp)\\s+server\\b|\\bdownload\\s+(?:and\\s+(?:run|execute)|a\\s+"
                            + "(?:script|payload|binary|malware))|\\bupload\\b[^.;]{0,40}\\bto\\s+(?:a\\s+|my\\s+)?"
                            + "(?:server|url|https?://)"),
            new Rule("tries to exhaust the host (fork bomb, endless loop, crypto mining)",
                    "\\bfork\\s*bomb\\b|:\\(\\)\\s*\\{|\\binfinite\\s+loop\\b|\\bwhile\\s+true\\b|\\bsleep\\s+forever\\b"
                            + "|\\b(?:consume|use\\s+up|eat|exhaust|max\\s+out|hog|fill)\\s+(?:all\\s+)?(?:the\\s+)?"
                            + "(?:cpu|memory|ram|disk)\\b|\\b(?:mine|mining|miner)\\b[^.;]{0,30}\\b(?:crypto\\w*|bitcoins?"
                            + "|monero|ethereum|coins?)\\b|\\bcrypto\\s*(?:mining|miner|jack\\w*)\\b"),
            new Rule("asks for malware or an attack",
                    "\\b(?:keylogger|ransomware|malware|virus|trojan|backdoor|rootkit|botnet|exploit\\w*|hack\\w*"
                            + "|brute[\\s-]*forc\\w*|phishing|privilege\\s+escalation)\\b|\\b(?:escape|break\\s+out\\s+of|"
                            + "bypass|disable)\\s+(?:the\\s+)?(?:sandbox|security|firewall|antivirus|policy)\\b"),
            new Rule("contains code meant to run on the host",
                    "\\bimport\\s+(?:os|sys|subprocess|socket|shutil|ctypes|pathlib)\\b|\\b(?:eval|exec|open|"
                            + "compile|system)\\s*\\(|__\\w+__"));

    private DangerScreen() {
    }

    /** Why the request is dangerous, if it is. */
    static Optional<String> check(String request) {
        String text = request.toLowerCase(Locale.ROOT);
        return RULES.stream().filter(rule -> rule.pattern().matcher(text).find()).findFirst()
                .map(rule -> "Refused: this request " + rule.what() + ". The Generator only writes code that calls"
                        + " the Stripe API; the sandbox forbids file, process, network and environment access.");
    }
}

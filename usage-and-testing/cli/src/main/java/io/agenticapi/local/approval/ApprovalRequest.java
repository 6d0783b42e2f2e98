package io.agenticapi.local.approval;

import java.util.List;

/**
 * What asks for approval: a run of stored or given code (what), and the write calls it would make, as readable
 * lines ("line 6: stripe.Customer.create"). An empty list means the writes are not known in advance (on AWS,
 * Bedrock asks before every execute_code call).
 */
public record ApprovalRequest(String what, List<String> writes) {
    public ApprovalRequest {
        writes = List.copyOf(writes);
    }

    /** The writes on one line, for messages: "stripe.Customer.create at line 6, ...". */
    public String writesInline() {
        return writes.isEmpty() ? "calls not known in advance" : String.join("; ", writes);
    }
}

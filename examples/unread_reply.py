"""Reply to every unread Unibox thread: ``python examples/unread_reply.py ["Thanks, I'll get back to you soon."]``."""

import sys

from puffle import Puffle

reply = sys.argv[1] if len(sys.argv) > 1 else "Thanks for your message, I'll get back to you shortly."
replied = 0
with Puffle() as client:
    for thread in client.threads.list(unread=True, max_items=100):
        if not thread.unread_count:  # the filter is the server's; re-check before writing to anyone
            continue
        client.threads.messages.send(thread.id, body_text=reply)
        replied += 1
        print(f"replied to {thread.participant_email or thread.id}")
print(f"{replied} unread thread(s) answered")

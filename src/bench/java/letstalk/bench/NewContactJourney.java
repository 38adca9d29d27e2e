package letstalk.bench;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A practitioner takes a phone contact about somebody new and decides it is a new case they take on themselves:
 * POST /api/contacts, then the decision from the inbox, which opens the person's involvement with a Let's Talk 1
 * waiting in the practitioner's inbox.
 */
@Component
class NewContactJourney implements Journey {

  @Override
  public String name() {
    return "new contact → Let's Talk 1 waiting";
  }

  @Override
  public List<String> processKeys() {
    return List.of("new-contact", "involvement", "lets-talk-1");
  }

  @Override
  public List<String> run(Client client) {
    return List.of(FrontDoor.contact(client, FrontDoor.newCase()).processInstanceId());
  }

  @Override
  public List<String> runBare(Client client) {
    return List.of(FrontDoor.bareContact(client, FrontDoor.newCase()).processInstanceId());
  }
}

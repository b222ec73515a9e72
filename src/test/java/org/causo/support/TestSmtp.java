package org.causo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One in-process SMTP server (GreenMail) for the whole test run, on a port picked once,
 * so that the shared Spring context can be pointed at it and a test can stop and start it
 * again on the same port.
 */
public final class TestSmtp {

	public static final int PORT = freePort();

	private static final GreenMail SERVER = new GreenMail(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SERVER.start();
	}

	private TestSmtp() {
	}

	/** The mails received so far for this address (lost when the server is stopped). */
	public static synchronized List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** Stops the server: sends fail with a refused connection until {@link #start()}. */
	public static synchronized void stop() {
		SERVER.stop();
	}

	public static synchronized void start() {
		SERVER.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.causo.registry.demo;

import java.util.SplittableRandom;

import org.causo.registry.Network;
import org.causo.registry.Signal;

/** The demo's mobile signal, by operator, in a hamlet near a town or a remote one. */
final class DemoSignals {

	private DemoSignals() {
	}

	/** Best network and bars per operator in a hamlet: Viettel reaches furthest. */
	static Signal[] of(SplittableRandom r, boolean remote) {
		Network[] remoteViettel = { Network.NONE, Network.G2, Network.G3, Network.G3, Network.G4 };
		Network viettel = remote ? remoteViettel[r.nextInt(remoteViettel.length)]
				: (r.nextInt(100) < 85) ? Network.G4 : Network.G3;
		Network vnpt = remote ? Network.NONE : (r.nextInt(100) < 50) ? Network.G4 : Network.G3;
		Network mobifone = (remote || r.nextInt(100) < 40) ? Network.NONE : Network.G3;
		Network vietnamobile = (remote || r.nextInt(100) < 80) ? Network.NONE : Network.G2;
		return new Signal[] { bars(r, viettel), bars(r, vnpt), bars(r, mobifone), bars(r, vietnamobile) };
	}

	private static Signal bars(SplittableRandom r, Network network) {
		return new Signal(network, (network == Network.NONE) ? 0 : 1 + r.nextInt(4));
	}

}
